// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_PASSIE_LABELS, emptyReplyBlocks, type ReplyBlocks } from '../../../shared/domain/passie';
import { copyReply } from '../../../renderer/src/screens/round/copy-reply';
import { escapeHtml, replyEmail } from '../../../renderer/src/screens/round/reply-email';

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

describe('the reply as e-mail', () => {
  it('escapes every character that means something in HTML', () => {
    expect(escapeHtml(`<a href="x" onclick='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    );
  });

  it('builds HTML from the JSON: a heading per written block, marks, quotes and lists, never raw input', () => {
    const { html } = replyEmail(reply(), heading);
    expect(html).toBe(
      '<div>' +
        '<h3>P — Positief benoemen</h3>' +
        '<p>Wat &lt;b&gt;fijn&lt;/b&gt; &amp; &quot;eerlijk&quot; <strong><em>geschreven</em></strong><br>' +
        '<a href="https://example.org/?a=1&amp;b=&quot;2&quot;">lees</a></p>' +
        '<h3>A — Aansluiten</h3>' +
        '<blockquote><p>Ik ben moe.</p></blockquote>' +
        '<ul><li><p>rust</p></li><li><p>&lt;img src=x&gt;</p></li></ul>' +
        '<ol start="3"><li><p>drie</p></li></ol>' +
        '<h3>P — Positief afsluiten</h3><p>Tot snel.</p>' +
        '</div>',
    );
    expect(html).not.toMatch(/<img|<b>/);
  });

  it('writes the same as plain text, with markers for quotes and lists', () => {
    expect(replyEmail(reply(), heading).text).toBe(
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
});

class FakeClipboardItem {
  constructor(readonly items: Record<string, Blob>) {}
}

describe('copying the reply', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });
  const email = { html: '<p>x</p>', text: 'x' };

  it('writes HTML and plain text together', async () => {
    vi.stubGlobal('ClipboardItem', FakeClipboardItem);
    const write = vi.fn(async () => undefined);
    const writeText = vi.fn(async () => undefined);
    expect(await copyReply(email, { write, writeText } as unknown as Clipboard)).toBe('rich');
    const [[items]] = write.mock.calls as unknown as [[FakeClipboardItem[]]];
    expect(Object.keys(items[0]!.items)).toEqual(['text/html', 'text/plain']);
    expect(await items[0]!.items['text/html']!.text()).toBe('<p>x</p>');
    expect(writeText).not.toHaveBeenCalled();
  });

  it('falls back to plain text where the rich clipboard is refused or missing', async () => {
    vi.stubGlobal('ClipboardItem', FakeClipboardItem);
    const writeText = vi.fn(async () => undefined);
    const refusing = { write: async () => Promise.reject(new Error('denied')), writeText } as unknown as Clipboard;
    expect(await copyReply(email, refusing)).toBe('plain');
    expect(writeText).toHaveBeenCalledWith('x');
    vi.unstubAllGlobals();
    expect(await copyReply(email, { writeText } as unknown as Clipboard)).toBe('plain');
  });

  it('says so when nothing could be copied', async () => {
    const refusing = { writeText: async () => Promise.reject(new Error('denied')) } as unknown as Clipboard;
    expect(await copyReply(email, refusing)).toBe('failed');
    expect(await copyReply(email, undefined)).toBe('failed');
  });
});
