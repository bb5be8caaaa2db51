import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { richTextFromHtml } from '../../../../main/services/import/html-to-rich';
import { ImportError } from '../../../../main/services/import/import-error';
import { richTextFromMarkdown, richTextFromText } from '../../../../main/services/import/text-to-rich';
import { RichDocSchema, type RichDoc, type RichNode } from '../../../../shared/domain/rich-text';

const NODE_TYPES = new Set([
  'paragraph',
  'heading',
  'bulletList',
  'orderedList',
  'listItem',
  'blockquote',
  'preformatted',
  'table',
  'tableRow',
  'tableCell',
  'tableHeader',
  'hardBreak',
  'text',
]);

function* nodes(list: RichNode[]): Generator<RichNode> {
  for (const node of list) {
    yield node;
    yield* nodes(node.content ?? []);
  }
}

/** A stored document: valid, only the allowed nodes, and links only to web and mail addresses. */
function expectSafe(doc: RichDoc): void {
  expect(RichDocSchema.safeParse(doc).success).toBe(true);
  for (const node of nodes(doc.content)) {
    expect(NODE_TYPES.has(node.type)).toBe(true);
    for (const mark of node.marks ?? []) {
      if (mark.type === 'link') expect(mark.attrs.href).toMatch(/^(https?:\/\/|mailto:)[^\s<>"]+$/i);
    }
    if (node.attrs) expect(Object.keys(node.attrs).every((key) => key === 'level' || key === 'start')).toBe(true);
  }
}

/** Either a safe document or a typed import error: nothing else may come out. */
async function convertSafely(convert: () => RichDoc | Promise<RichDoc>): Promise<RichDoc | undefined> {
  try {
    const doc = await convert();
    expectSafe(doc);
    return doc;
  } catch (error) {
    if (error instanceof ImportError) return undefined;
    if (error instanceof Error && error.name === 'HtmlTooComplexError') return undefined;
    throw error;
  }
}

const PAYLOAD = 'PAYLOAD';
const tag = fc.constantFrom(
  'p',
  'div',
  'span',
  'b',
  'strong',
  'i',
  'em',
  'u',
  'a',
  'h1',
  'h2',
  'h4',
  'h6',
  'ul',
  'ol',
  'li',
  'blockquote',
  'table',
  'tr',
  'td',
  'th',
  'br',
  'script',
  'style',
  'iframe',
  'svg',
  'math',
  'img',
  'form',
  'object',
  'embed',
  'textarea',
  'noscript',
  'template',
  'title',
  'base',
  'meta',
  'link',
  'select',
  'details',
  'marquee',
  'video',
);
const hostileAttribute = fc.constantFrom(
  ` onclick="${PAYLOAD}()"`,
  ` onerror=${PAYLOAD}`,
  ` href="javascript:${PAYLOAD}"`,
  ` href="JaVaScRiPt:${PAYLOAD}"`,
  ` href="jav&#x09;ascript:${PAYLOAD}"`,
  ` href="data:text/html;base64,${PAYLOAD}"`,
  ` href="vbscript:${PAYLOAD}"`,
  ` src="https://tracker.example/${PAYLOAD}.png"`,
  ` style="background:url(javascript:${PAYLOAD})"`,
  ` srcdoc="<script>${PAYLOAD}</script>"`,
  ` action="javascript:${PAYLOAD}"`,
  ` xlink:href="javascript:${PAYLOAD}"`,
  ' href="https://example.org/ok"',
  ' href="mailto:coach@example.org"',
  '',
);
const safeText = fc.string({
  unit: fc.constantFrom('a', 'é', ' ', '\n', '–', '😅', '&amp;', '&lt;', 'ë', '’'),
  maxLength: 20,
});

/** Random, often malformed HTML built from real tags, hostile attributes and payload-carrying raw content. */
const hostileHtml = fc
  .array(
    fc.oneof(
      fc.tuple(tag, hostileAttribute).map(([name, attribute]) => `<${name}${attribute}>`),
      tag.map((name) => `</${name}>`),
      safeText,
      fc.constantFrom(
        `<script>${PAYLOAD}</script>`,
        `<style>@import "${PAYLOAD}"</style>`,
        `<!-- ${PAYLOAD} -->`,
        `<![CDATA[${PAYLOAD}]]>`,
      ),
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(''));

describe('HTML converter (property-based)', () => {
  it('turns any string into a safe document or a typed error', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string({ maxLength: 300 }),
        async (html) => void (await convertSafely(() => richTextFromHtml(html))),
      ),
      {
        numRuns: 300,
      },
    );
  });

  it('never lets a payload from a tag, attribute, URL or raw content through', async () => {
    await fc.assert(
      fc.asyncProperty(hostileHtml, async (html) => {
        const doc = await convertSafely(() => richTextFromHtml(html));
        if (doc) expect(JSON.stringify(doc)).not.toContain(PAYLOAD);
      }),
      { numRuns: 400 },
    );
  });

  it('survives deep nesting of any tag', async () => {
    await fc.assert(
      fc.asyncProperty(tag, fc.integer({ min: 150, max: 3_000 }), async (name, depth) => {
        const html = `<${name}>`.repeat(depth) + 'SURVIVOR' + `</${name}>`.repeat(depth);
        await convertSafely(() => richTextFromHtml(html));
      }),
      { numRuns: 25 },
    );
  });
});

describe('text and Markdown converters (property-based)', () => {
  it('turn any string into a safe document', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 500 }), async (text) => {
        await convertSafely(() => richTextFromText(text));
        await convertSafely(() => richTextFromMarkdown(text));
      }),
      { numRuns: 400 },
    );
  });

  it('keep every visible character of plain text but typed list markers', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'grapheme', maxLength: 200 }), async (text) => {
        const doc = await convertSafely(() => richTextFromText(text));
        const visible = (value: string) => value.replace(/[\s\p{Cc}]/gu, '');
        const kept = [...nodes(doc?.content ?? [])].map((node) => node.text ?? '').join('');
        // "- item" and "1. item" at the start of a line become list items: the marker is the list's to draw.
        const withoutMarkers = text.replace(/^[ \t]*(?:[-*•·▪◦–]|\d{1,3}[.)])[ \t]+(?=\S)/gmu, '');
        expect(visible(kept)).toBe(visible(withoutMarkers));
      }),
      { numRuns: 300 },
    );
  });

  it('make Markdown links only to web and mail addresses', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('javascript:x', 'data:text/html,x', 'https://example.org', 'mailto:a@b.example', 'file:///etc'),
        fc.string({ maxLength: 20 }),
        async (href, label) => {
          await convertSafely(() => richTextFromMarkdown(`[${label}](${href})`));
        },
      ),
      { numRuns: 100 },
    );
  });
});
