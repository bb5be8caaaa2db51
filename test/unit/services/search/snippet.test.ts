import { describe, expect, it } from 'vitest';
import { foldTerm, snippetFor } from '../../../../main/services/search/snippet';

describe('search snippets', () => {
  it('fold accents and case', () => {
    expect(foldTerm('Één')).toBe('een');
    expect(foldTerm('Daniëlle')).toBe('danielle');
  });

  it('show the text around the first match, cut at words, with every match marked', () => {
    const text = `${'woord '.repeat(40)}Hij zit onder de trap en doet de buurman na. ${'nog '.repeat(40)}`;
    const snippet = snippetFor(text, new Set(['trap', 'buurman']));
    expect(snippet.text.startsWith('… ')).toBe(true);
    expect(snippet.text.endsWith(' …')).toBe(true);
    const marked = snippet.highlights.map(([start, end]) => snippet.text.slice(start, end));
    expect(marked).toEqual(['trap', 'buurman']);
    expect(snippet.text).not.toMatch(/ wo$|^… rd/);
  });

  it('mark the original spelling and fold whitespace', () => {
    const snippet = snippetFor('Lieve\n\nDaniëlle,   dank je.', new Set(['danielle']));
    expect(snippet.text).toBe('Lieve Daniëlle, dank je.');
    expect(snippet.highlights).toEqual([[6, 14]]);
  });
});
