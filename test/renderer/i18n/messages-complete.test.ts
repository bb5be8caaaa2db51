import { describe, expect, it } from 'vitest';
import { en } from '../../../renderer/src/i18n/en';
import { nl } from '../../../renderer/src/i18n/nl';

type Tree = { [key: string]: string | Tree };

/** Every leaf of a message tree as "a.b.c" → text. */
function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const found = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') found.set(path, value);
    else for (const [leaf, text] of leaves(value, path)) found.set(leaf, text);
  }
  return found;
}

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((match) => match[1]).sort();

describe('the Dutch and English messages', () => {
  const dutch = leaves(nl as unknown as Tree);
  const english = leaves(en as unknown as Tree);

  it('have exactly the same keys, across the whole tree', () => {
    const missingInEnglish = [...dutch.keys()].filter((key) => !english.has(key));
    const extraInEnglish = [...english.keys()].filter((key) => !dutch.has(key));
    expect({ missingInEnglish, extraInEnglish }).toEqual({ missingInEnglish: [], extraInEnglish: [] });
  });

  it('leave no message empty', () => {
    const empty = [...dutch, ...english].filter(([, text]) => text.trim() === '').map(([key]) => key);
    expect(empty).toEqual([]);
  });

  it('use the same placeholders in both languages', () => {
    const differing = [...dutch].filter(
      ([key, text]) => JSON.stringify(placeholders(text)) !== JSON.stringify(placeholders(english.get(key) ?? '')),
    );
    expect(differing.map(([key]) => key)).toEqual([]);
  });
});
