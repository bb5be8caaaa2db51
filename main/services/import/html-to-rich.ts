import type { WindowLike } from 'dompurify';
import { plainTextOf, RichDocSchema, SAFE_HREF, type RichDoc, type RichNode } from '../../../shared/domain/rich-text';
import { IMPORT_LIMITS } from '../../../shared/domain/import-limits';
import { RichBuilder } from './rich-builder';

type Mark = NonNullable<RichNode['marks']>[number];

/** The little of the DOM this walker touches (main has no DOM types; jsdom provides the objects). */
interface Node {
  nodeType: number;
  nodeValue: string | null;
  firstChild: Node | null;
  nextSibling: Node | null;
}
interface Element extends Node {
  localName: string;
  getAttribute(name: string): string | null;
}
interface Document {
  createTreeWalker(root: Node, whatToShow: number): { nextNode(): Node | null };
}

/** The only elements that survive sanitising; everything else is unwrapped to its text or dropped with it. */
const ALLOWED_TAGS = [
  'p',
  'div',
  'span',
  'br',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'li',
  'blockquote',
  'strong',
  'b',
  'em',
  'i',
  'u',
  'a',
  'table',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'td',
  'th',
  'caption',
  'pre',
  'section',
  'article',
  'header',
  'footer',
  'main',
  'center',
  'font',
  'small',
  'big',
  'sub',
  'sup',
  'code',
];

let purifier: { sanitize: (html: string) => Node; document: Document } | undefined;

/**
 * One jsdom window for the process: no scripts run in it, nothing is fetched, it only parses. jsdom and DOMPurify
 * load on first use, so starting the studio or the CLI does not pay for them.
 */
async function sanitizer() {
  if (!purifier) {
    const [{ JSDOM }, { default: createDOMPurify }] = await Promise.all([import('jsdom'), import('dompurify')]);
    const { window } = new JSDOM('<!doctype html><html><body></body></html>');
    const purify = createDOMPurify(window as unknown as WindowLike);
    purifier = {
      document: window.document as Document,
      sanitize: (html: string) =>
        purify.sanitize(html, {
          ALLOWED_TAGS,
          ALLOWED_ATTR: ['href'],
          ALLOWED_URI_REGEXP: /^(?:https?:|mailto:)/i,
          ALLOW_DATA_ATTR: false,
          RETURN_DOM_FRAGMENT: true,
          FORBID_CONTENTS: [
            'script',
            'style',
            'template',
            'noscript',
            'title',
            'head',
            'iframe',
            'object',
            'svg',
            'math',
            'select',
            'textarea',
            'option',
            'xmp',
            'noembed',
            'noframes',
            'plaintext',
          ],
        }) as unknown as Node,
    };
  }
  return purifier;
}

/** Untrusted HTML (e-mail part, .html file, mammoth output) as the dossier's rich text: sanitised, then walked. */
export async function richTextFromHtml(html: string): Promise<RichDoc> {
  const { sanitize, document } = await sanitizer();
  const fragment = sanitize(flattenDeepNesting(html));
  const builder = new RichBuilder();
  walkChildren(fragment, [], builder, 0, document);
  return RichDocSchema.parse({ type: 'doc', content: builder.finish() });
}

const VOID_TAGS = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);
const NESTING_TAGS =
  /<\/?(?:div|span|font|section|article|center|blockquote|table|thead|tbody|tfoot|tr|td|th|p|b|i|u|em|strong|small|big|sub|sup|main|header|footer|aside|nav|ul|ol|li|dl|dt|dd|pre|code|q|cite|mark|s|strike)\b[^>]*>/gi;

/** The deepest element nesting in an HTML string, estimated by scanning its tags (no parser, no recursion). */
export function nestingDepth(html: string): number {
  let depth = 0;
  let deepest = 0;
  for (const match of html.matchAll(/<(\/?)([a-zA-Z][a-zA-Z0-9-]*)[^>]*?(\/?)>/g)) {
    if (match[1]) depth = Math.max(0, depth - 1);
    else if (!match[3] && !VOID_TAGS.has((match[2] ?? '').toLowerCase())) deepest = Math.max(deepest, ++depth);
  }
  return deepest;
}

/**
 * jsdom clones and serialises recursively, so thousands of nested elements would overflow the stack. Such HTML
 * keeps its text but loses its container tags before it is parsed; if it is still too deep it is refused.
 */
function flattenDeepNesting(html: string): string {
  if (nestingDepth(html) <= IMPORT_LIMITS.maxHtmlDepth) return html;
  const flattened = html.replace(NESTING_TAGS, '\n');
  if (nestingDepth(flattened) > IMPORT_LIMITS.maxHtmlDepth) throw new HtmlTooComplexError();
  return flattened;
}

export class HtmlTooComplexError extends Error {
  constructor() {
    super('html nested too deeply');
    this.name = 'HtmlTooComplexError';
  }
}

const MARKS: Record<string, Mark> = {
  strong: { type: 'bold' },
  b: { type: 'bold' },
  em: { type: 'italic' },
  i: { type: 'italic' },
  u: { type: 'underline' },
};

function walkChildren(parent: Node, marks: Mark[], out: RichBuilder, depth: number, document: Document): void {
  for (let child = parent.firstChild; child; child = child.nextSibling) walk(child, marks, out, depth + 1, document);
}

function walk(node: Node, marks: Mark[], out: RichBuilder, depth: number, document: Document): void {
  if (node.nodeType === 3) {
    out.text(node.nodeValue ?? '', marks);
    return;
  }
  if (node.nodeType !== 1) return;
  if (depth > IMPORT_LIMITS.maxHtmlDepth) {
    // Very deep nesting (a hostile message) is flattened to its text without recursing further.
    out.text(` ${textOf(node, document)} `, marks);
    return;
  }
  const element = node as Element;
  const tag = element.localName;
  const mark = MARKS[tag];
  if (mark) {
    walkChildren(node, addMark(marks, mark), out, depth, document);
    return;
  }
  switch (tag) {
    case 'br':
      out.hardBreak();
      return;
    case 'a': {
      const href = (element.getAttribute('href') ?? '').trim();
      const linked = SAFE_HREF.test(href) && href.length <= 2048;
      walkChildren(node, linked ? addMark(marks, { type: 'link', attrs: { href } }) : marks, out, depth, document);
      return;
    }
    case 'h1':
    case 'h2':
    case 'h3':
    case 'h4':
    case 'h5':
    case 'h6': {
      out.flush();
      const inner = new RichBuilder();
      walkChildren(node, marks, inner, depth, document);
      const content = inner.takeInline();
      if (content.length > 0) {
        const level = Math.min(4, Number(tag.slice(1)));
        out.block({ type: 'heading', attrs: { level }, content });
      }
      return;
    }
    case 'ul':
    case 'ol': {
      const items: RichNode[] = [];
      for (let child = node.firstChild; child; child = child.nextSibling) {
        const inner = new RichBuilder();
        if (child.nodeType === 1 && (child as Element).localName === 'li')
          walkChildren(child, marks, inner, depth + 1, document);
        else walk(child, marks, inner, depth + 1, document);
        const blocks = inner.finish();
        if (blocks.length > 0) items.push({ type: 'listItem', content: blocks });
      }
      if (items.length > 0) out.block({ type: tag === 'ul' ? 'bulletList' : 'orderedList', content: items });
      else out.flush();
      return;
    }
    case 'blockquote': {
      const inner = new RichBuilder();
      walkChildren(node, marks, inner, depth, document);
      const blocks = inner.finish();
      if (blocks.length > 0) out.block({ type: 'blockquote', content: blocks });
      else out.flush();
      return;
    }
    case 'tr': {
      // A table row becomes one readable line: its cells separated by " | ".
      out.flush();
      let first = true;
      for (let cell = node.firstChild; cell; cell = cell.nextSibling) {
        if (cell.nodeType !== 1) continue;
        const inner = new RichBuilder();
        const cellMarks = (cell as Element).localName === 'th' ? addMark(marks, { type: 'bold' }) : marks;
        walkChildren(cell, cellMarks, inner, depth + 1, document);
        const blocks = inner.finish();
        if (!first) out.text(' | ', marks, true);
        first = false;
        for (const [index, block] of blocks.entries()) {
          if (index > 0) out.text(' ', marks, true);
          if (block.type === 'paragraph' || block.type === 'heading') out.appendInline(block.content ?? []);
          else out.text(plainTextOf(block).replace(/\s+/g, ' '), marks, true);
        }
      }
      out.flush();
      return;
    }
    case 'span':
    case 'font':
    case 'small':
    case 'big':
    case 'sub':
    case 'sup':
    case 'code':
      walkChildren(node, marks, out, depth, document);
      return;
    default:
      // p, div, li outside a list, tables, sections: a block boundary around their content.
      out.flush();
      walkChildren(node, marks, out, depth, document);
      out.flush();
  }
}

function addMark(marks: Mark[], mark: Mark): Mark[] {
  if (marks.some((existing) => existing.type === mark.type)) return marks;
  return [...marks, mark];
}

/** The text under a node, gathered iteratively so no nesting depth can overflow the stack. */
function textOf(node: Node, document: Document): string {
  const walker = document.createTreeWalker(node, 4 /* NodeFilter.SHOW_TEXT */);
  const parts: string[] = [];
  for (let text = walker.nextNode(); text; text = walker.nextNode()) parts.push(text.nodeValue ?? '');
  return parts.join(' ');
}
