import { describe, expect, it } from 'vitest';
import { DEFAULT_PASSIE_LABELS, emptyReplyBlocks, type ReplyBlocks } from '../../../shared/domain/passie';
import { escapeHtml, replyBody } from '../../../shared/email/reply-body';

const heading = (key: keyof ReplyBlocks, letter: string) => `${letter} — ${DEFAULT_PASSIE_LABELS.nl[key]}`;

function reply(): ReplyBlocks {
  const blocks = emptyReplyBlocks();
  blocks.p_open = {
    type: 'doc',
    content: [
      {
        type: 'paragraph',
        content: [
          { type: 'text', text: 'Wat <b>fijn</b> & "eerlijk" ' },
          { type: 'text', text: 'geschreven', marks: [{ type: 'bold' }, { type: 'italic' }] },
          { type: 'hardBreak' },
          { type: 'text', text: 'lees', marks: [{ type: 'link', attrs: { href: 'https://example.org/?a=1&b="2"' } }] },
        ],
      },
    ],
  };
  blocks.a = {
    type: 'doc',
    content: [
      { type: 'blockquote', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Ik ben moe.' }] }] },
      {
        type: 'bulletList',
        content: [
          { type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'rust' }] }] },
          { type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: '<img src=x>' }] }] },
        ],
      },
      {
        type: 'orderedList',
        attrs: { start: 3 },
        content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'drie' }] }] }],
      },
    ],
  };
  blocks.p_close = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Tot snel.' }] }] };
  return blocks;
}

describe('the reply as an e-mail body', () => {
  it('escapes every character that means something in HTML', () => {
    expect(escapeHtml(`<a href="x" onclick='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    );
  });

  it('builds HTML from the JSON: a heading per written block, marks, quotes and lists, never raw input', () => {
    const { html } = replyBody(reply(), heading);
    expect(html).toBe(
      '<h3>P — Positief benoemen</h3>' +
        '<p>Wat &lt;b&gt;fijn&lt;/b&gt; &amp; &quot;eerlijk&quot; <strong><em>geschreven</em></strong><br>' +
        '<a href="https://example.org/?a=1&amp;b=&quot;2&quot;">lees</a></p>' +
        '<h3>A — Aansluiten</h3>' +
        '<blockquote><p>Ik ben moe.</p></blockquote>' +
        '<ul><li><p>rust</p></li><li><p>&lt;img src=x&gt;</p></li></ul>' +
        '<ol start="3"><li><p>drie</p></li></ol>' +
        '<h3>P — Positief afsluiten</h3><p>Tot snel.</p>',
    );
    expect(html).not.toMatch(/<img|<b>/);
  });

  it('writes the same as plain text, with markers for quotes and lists', () => {
    expect(replyBody(reply(), heading).text).toBe(
      [
        'P — Positief benoemen',
        '',
        'Wat <b>fijn</b> & "eerlijk" geschreven',
        'lees',
        '',
        'A — Aansluiten',
        '',
        '> Ik ben moe.',
        '',
        '- rust',
        '- <img src=x>',
        '',
        '3. drie',
        '',
        'P — Positief afsluiten',
        '',
        'Tot snel.',
      ].join('\n'),
    );
  });

  it('without headings flows as one letter', () => {
    const { html, text } = replyBody(reply());
    expect(html).not.toContain('<h3>');
    expect(text.startsWith('Wat <b>fijn</b>')).toBe(true);
    expect(text).not.toContain('Aansluiten');
    expect(text.endsWith('3. drie\n\nTot snel.')).toBe(true);
  });
});
