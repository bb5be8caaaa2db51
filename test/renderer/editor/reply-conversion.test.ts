// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { emptyReplyBlocks, PASSIE_KEYS, ReplyBlocksSchema, type ReplyBlocks } from '../../../shared/domain/passie';
import { RichDocSchema, type RichDoc } from '../../../shared/domain/rich-text';
import { docToReplyBlocks, replyBlocksFromNode, replyBlocksToDoc } from '../../../renderer/src/editor/reply-conversion';
import { createEditor, paragraph, section, textBlocks } from './editor-fixtures';

/** Every node and mark the studio allows, in the canonical form the conversion produces. */
const EVERYTHING: RichDoc = {
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Kop' }] },
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'Gewoon, ' },
        { type: 'text', text: 'vet', marks: [{ type: 'bold' }] },
        { type: 'text', text: ', ' },
        { type: 'text', text: 'schuin', marks: [{ type: 'italic' }] },
        { type: 'text', text: ', ' },
        { type: 'text', text: 'onderstreept', marks: [{ type: 'underline' }] },
        { type: 'hardBreak' },
        {
          type: 'text',
          text: 'alles',
          marks: [{ type: 'link', attrs: { href: 'https://example.org/a?b=1' } }, { type: 'bold' }, { type: 'italic' }],
        },
        { type: 'text', text: ' en ' },
        { type: 'text', text: 'mail', marks: [{ type: 'link', attrs: { href: 'mailto:coach@example.nl' } }] },
      ],
    },
    {
      type: 'bulletList',
      content: [
        { type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'één' }] }] },
        {
          type: 'listItem',
          content: [
            { type: 'paragraph', content: [{ type: 'text', text: 'twee' }] },
            {
              type: 'orderedList',
              content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'a' }] }] }],
            },
          ],
        },
      ],
    },
    {
      type: 'orderedList',
      attrs: { start: 3 },
      content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'drie' }] }] }],
    },
    {
      type: 'blockquote',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: 'Citaat van de cliënt' }] },
        { type: 'paragraph', content: [{ type: 'text', text: 'tweede regel' }] },
      ],
    },
    { type: 'paragraph' },
    { type: 'heading', attrs: { level: 4 }, content: [{ type: 'text', text: 'Kleine kop' }] },
  ],
};

function fullReply(): ReplyBlocks {
  const blocks = emptyReplyBlocks();
  blocks.p_open = EVERYTHING;
  blocks.s2 = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Alleen s2' }] }] };
  return blocks;
}

describe('replyBlocksToDoc', () => {
  it('gives seven sections in order; an empty block becomes one empty paragraph', () => {
    expect(replyBlocksToDoc(emptyReplyBlocks())).toEqual({
      type: 'doc',
      content: PASSIE_KEYS.map((key) => section(key)),
    });
    const doc = replyBlocksToDoc(textBlocks());
    expect(doc.content?.map((node) => node.attrs?.key)).toEqual([...PASSIE_KEYS]);
    expect(doc.content?.[2]).toEqual(section('s1', paragraph('Tekst s1.')));
  });

  it('copes with a reply that lacks blocks', () => {
    expect(replyBlocksToDoc({ a: textBlocks().a })).toEqual({
      type: 'doc',
      content: PASSIE_KEYS.map((key) => (key === 'a' ? section('a', paragraph('Tekst a.')) : section(key))),
    });
    expect(replyBlocksToDoc(undefined).content).toHaveLength(7);
  });
});

describe('the round trip', () => {
  it('is lossless through the editor for every allowed node and mark', () => {
    const blocks = fullReply();
    const editor = createEditor(replyBlocksToDoc(blocks));
    const back = docToReplyBlocks(editor.getJSON());
    expect(back).toEqual(blocks);
    expect(ReplyBlocksSchema.parse(back)).toEqual(blocks);
    expect(replyBlocksFromNode(editor.state.doc)).toEqual(blocks);
  });

  it('is stable: converting twice changes nothing', () => {
    const once = docToReplyBlocks(replyBlocksToDoc(fullReply()));
    expect(docToReplyBlocks(replyBlocksToDoc(once))).toEqual(once);
  });

  it('keeps an empty block as { type: doc, content: [] }', () => {
    const editor = createEditor(replyBlocksToDoc(emptyReplyBlocks()));
    expect(docToReplyBlocks(editor.getJSON())).toEqual(emptyReplyBlocks());
  });

  it('replyBlocksFromNode reuses the blocks of sections that did not change', () => {
    const editor = createEditor(replyBlocksToDoc(textBlocks()));
    const before = replyBlocksFromNode(editor.state.doc);
    editor.commands.insertSnippet('e', 'Nog iets');
    const after = replyBlocksFromNode(editor.state.doc);
    expect(after.e).not.toBe(before.e);
    expect(after.e).toEqual({ type: 'doc', content: [paragraph('Tekst e.'), paragraph('Nog iets')] });
    for (const key of PASSIE_KEYS.filter((key) => key !== 'e')) expect(after[key]).toBe(before[key]);
  });
});

describe('docToReplyBlocks strips what the studio does not allow', () => {
  it('drops unknown nodes and marks, unsafe links and extra attributes, keeping the text', () => {
    const json = {
      type: 'doc',
      content: [
        {
          type: 'passieSection',
          attrs: { key: 'p_open' },
          content: [
            {
              type: 'paragraph',
              attrs: { textAlign: 'center' },
              content: [
                { type: 'text', text: 'code', marks: [{ type: 'code' }, { type: 'bold' }] },
                { type: 'text', text: ' gevaar', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] },
                {
                  type: 'text',
                  text: ' web',
                  marks: [{ type: 'link', attrs: { href: 'https://x.nl', target: '_blank', rel: 'noopener' } }],
                },
                { type: 'image', attrs: { src: 'data:image/png;base64,AAAA' } },
                { type: 'mention', content: [{ type: 'text', text: ' @iemand' }] },
              ],
            },
            { type: 'codeBlock', content: [{ type: 'text', text: 'console.log(1)' }] },
            { type: 'horizontalRule' },
            { type: 'heading', attrs: { level: 6 }, content: [{ type: 'text', text: 'Diep' }] },
            { type: 'orderedList', attrs: { start: 1, type: 'a' }, content: [{ type: 'paragraph' }] },
            { type: 'listItem', content: [{ type: 'text', text: 'los item' }] },
            { type: 'blockquote', content: [] },
          ],
        },
      ],
    };
    const blocks = docToReplyBlocks(json);
    expect(blocks.p_open).toEqual({
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'code', marks: [{ type: 'bold' }] },
            { type: 'text', text: ' gevaar' },
            { type: 'text', text: ' web', marks: [{ type: 'link', attrs: { href: 'https://x.nl' } }] },
            { type: 'text', text: ' @iemand' },
          ],
        },
        paragraph('console.log(1)'),
        { type: 'heading', attrs: { level: 4 }, content: [{ type: 'text', text: 'Diep' }] },
        { type: 'orderedList', content: [{ type: 'listItem', content: [{ type: 'paragraph' }] }] },
        { type: 'bulletList', content: [{ type: 'listItem', content: [paragraph('los item')] }] },
        { type: 'blockquote', content: [{ type: 'paragraph' }] },
      ],
    });
    expect(() => ReplyBlocksSchema.parse(blocks)).not.toThrow();
    for (const key of PASSIE_KEYS) expect(blocks[key]).toEqual(RichDocSchema.parse(blocks[key]));
  });

  it('orders marks canonically and joins neighbouring text with the same marks', () => {
    const blocks = docToReplyBlocks({
      type: 'doc',
      content: [
        {
          type: 'passieSection',
          attrs: { key: 'a' },
          content: [
            {
              type: 'paragraph',
              content: [
                { type: 'text', text: 'ha', marks: [{ type: 'italic' }, { type: 'bold' }] },
                { type: 'text', text: 'llo', marks: [{ type: 'bold' }, { type: 'italic' }, { type: 'bold' }] },
              ],
            },
          ],
        },
      ],
    });
    expect(blocks.a.content).toEqual([
      { type: 'paragraph', content: [{ type: 'text', text: 'hallo', marks: [{ type: 'bold' }, { type: 'italic' }] }] },
    ]);
  });

  it('repairs structure a stored block may have but the editor cannot show', () => {
    const stored = emptyReplyBlocks();
    stored.i = {
      type: 'doc',
      content: [
        { type: 'text', text: 'losse tekst' },
        { type: 'listItem', content: [{ type: 'bulletList', content: [] }] },
        {
          type: 'listItem',
          content: [{ type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: 'K' }] }],
        },
      ],
    };
    const doc = replyBlocksToDoc(stored);
    const editor = createEditor(doc);
    expect(() => editor.state.doc.check()).not.toThrow();
    expect(docToReplyBlocks(editor.getJSON()).i).toEqual({
      type: 'doc',
      content: [
        paragraph('losse tekst'),
        {
          type: 'bulletList',
          content: [
            { type: 'listItem', content: [{ type: 'paragraph' }] },
            {
              type: 'listItem',
              content: [
                { type: 'paragraph' },
                { type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: 'K' }] },
              ],
            },
          ],
        },
      ],
    });
  });

  it('ignores sections with unknown or repeated keys', () => {
    const blocks = docToReplyBlocks({
      type: 'doc',
      content: [section('zz', paragraph('weg')), section('e', paragraph('eerste')), section('e', paragraph('tweede'))],
    });
    expect(blocks.e).toEqual({ type: 'doc', content: [paragraph('eerste')] });
    expect(blocks.p_open).toEqual({ type: 'doc', content: [] });
  });
});
