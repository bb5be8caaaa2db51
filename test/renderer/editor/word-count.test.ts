// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { richTextFromPlain } from '../../../shared/domain/rich-text';
import { formatWordCount } from '../../../renderer/src/editor/editor-text';
import { countWords, countWordsInText } from '../../../renderer/src/editor/word-count';
import { createEditor, docWith, paragraph } from './editor-fixtures';

describe('countWords', () => {
  it.each([
    ['', 0],
    ['   \n\t ', 0],
    ['één', 1],
    ['e\u0301e\u0301n twee', 2],
    ['half-time', 1],
    ['Dat is — echt — fijn', 4],
    ['fijn😊 dag', 2],
    ['😊 🌱', 0],
    ['👩‍👩‍👧 gezin', 1],
    ["e-mail's van 12 cliënten", 4],
    ['Ça va? Très bien, merci.', 5],
    ['één\u00a0twee\u2003drie', 3],
    ['woord\u200bwoord', 2],
    ['Καλημέρα κόσμε', 2],
    ['2025-03-01 om 9:30', 3],
  ])('%j has %i words', (text, expected) => {
    expect(countWordsInText(text)).toBe(expected);
    expect(countWords(text)).toBe(expected);
  });

  it('counts a stored rich document with paragraphs, breaks and marks', () => {
    expect(countWords(richTextFromPlain('Eerste regel hier\nTweede'))).toBe(4);
    expect(
      countWords({
        type: 'doc',
        content: [
          {
            type: 'paragraph',
            content: [
              { type: 'text', text: 'half', marks: [{ type: 'bold' }] },
              { type: 'text', text: '-time' },
              { type: 'hardBreak' },
              { type: 'text', text: 'volgende' },
            ],
          },
        ],
      }),
    ).toBe(2);
  });

  it('counts editor nodes: a block, with paragraphs and list items apart', () => {
    const editor = createEditor(
      docWith({
        a: [
          paragraph('een'),
          paragraph('twee'),
          { type: 'bulletList', content: [{ type: 'listItem', content: [paragraph('drie')] }] },
          {
            type: 'paragraph',
            content: [{ type: 'text', text: 'vier' }, { type: 'hardBreak' }, { type: 'text', text: 'vijf' }],
          },
        ],
      }),
    );
    expect(countWords(editor.state.doc.child(1))).toBe(5);
    expect(countWords(editor.state.doc)).toBe(5 + 6 * 2);
  });

  it('counts a 5,000-word block quickly', () => {
    const text = Array.from({ length: 5000 }, (_, index) => `woord${index}`).join(' ');
    const started = performance.now();
    expect(countWordsInText(text)).toBe(5000);
    expect(performance.now() - started).toBeLessThan(50);
  });
});

describe('formatWordCount', () => {
  it('says woord/woorden and word/words, with the language’s digit grouping', () => {
    expect(formatWordCount('nl', 0)).toBe('0 woorden');
    expect(formatWordCount('nl', 1)).toBe('1 woord');
    expect(formatWordCount('nl', 1250)).toBe('1.250 woorden');
    expect(formatWordCount('en', 1)).toBe('1 word');
    expect(formatWordCount('en', 1250)).toBe('1,250 words');
  });
});
