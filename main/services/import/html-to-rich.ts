import type { WindowLike } from 'dompurify';
import type { DefaultTreeAdapterTypes } from 'parse5';
import {
  plainTextOf,
  RichDocSchema,
  SAFE_HREF,
  TABLE_LIMITS,
  type RichDoc,
  type RichNode,
} from '../../../shared/domain/rich-text';
import { formatSize, IMPORT_LIMITS } from '../../../shared/domain/import-limits';
import { ImportError } from './import-error';
import { BlockBudget, RichBuilder, type ConversionNotes } from './rich-builder';
import { listsFromSymbolParagraphs } from './symbol-lists';

type Mark = NonNullable<RichNode['marks']>[number];

/** The little of the DOM this walker touches (main has no DOM types; jsdom provides the objects). */
interface Node {
  nodeType: number;
  ownerDocument: Document;
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

/** The only attributes that survive sanitising: a link's address (web and mail only), a numbered list's start. */
const ALLOWED_ATTR = ['href', 'start'];

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

/** Content DOMPurify drops whole (FORBID_CONTENTS); chunking never splits inside these either. */
const FORBID_CONTENTS = [
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
];

interface Sanitizer {
  /** The sanitised body: DOMPurify's own document, walked in place. */
  sanitize: (html: string) => Node;
}

let purifier: Promise<Sanitizer> | undefined;

/**
 * One jsdom window for the process: no scripts run in it, nothing is fetched, it only parses. jsdom and DOMPurify
 * load on first use, so starting the studio or the CLI does not pay for them.
 *
 * `body` is allowed because it is the root DOMPurify walks from (RETURN_DOM): a disallowed root makes DOMPurify
 * copy the whole content beside it, and every later removal then searches that copy (jsdom's `document.body`),
 * which made sanitising grow with the square of the input. A `<body>` tag inside the content never becomes an
 * element of its own: the parser merges it into the one body.
 */
function sanitizer(): Promise<Sanitizer> {
  purifier ??= (async () => {
    const { JSDOM } = await import('jsdom');
    const { default: createDOMPurify } = await import('dompurify');
    const { window } = new JSDOM('<!doctype html><html><body></body></html>');
    const purify = createDOMPurify(window as unknown as WindowLike);
    return {
      sanitize: (html: string) =>
        purify.sanitize(html, {
          ALLOWED_TAGS: ['body', ...ALLOWED_TAGS],
          ALLOWED_ATTR,
          ALLOWED_URI_REGEXP: /^(?:https?:|mailto:)/i,
          // DOMPurify judges every other attribute's value as an address; a list's start is a number.
          ADD_URI_SAFE_ATTR: ['start'],
          ALLOW_DATA_ATTR: false,
          RETURN_DOM: true,
          FORBID_CONTENTS,
        }) as unknown as Node,
    };
  })();
  // A failed load is tried again by the next file, not remembered.
  purifier.catch(() => (purifier = undefined));
  return purifier;
}

export interface HtmlProgress {
  (done: number, total: number): void;
}

/**
 * Untrusted HTML (e-mail part, .html file, mammoth output) as the dossier's rich text, in time and memory that
 * grow with its size: parse5 parses it once, which also counts its nodes (refused past the limit before any
 * sanitising); then DOMPurify sanitises it in block-sized pieces, each walked into the document and let go before
 * the next. DOMPurify stays the only judge of what is safe: the pieces are the parse tree written out again, so
 * DOMPurify sees everything.
 */
export async function richTextFromHtml(
  html: string,
  progress?: HtmlProgress,
  notes: ConversionNotes = { simplified: false },
): Promise<RichDoc> {
  if (html.length > IMPORT_LIMITS.maxHtmlChars) {
    throw new ImportError('import_html_too_large', {
      size: formatSize(html.length),
      max: formatSize(IMPORT_LIMITS.maxHtmlChars),
    });
  }
  // In this order: jsdom require()s parse5, an ES module, which fails while an import() of it is half done.
  const { sanitize } = await sanitizer();
  const { parse, serializeOuter, defaultTreeAdapter } = await import('parse5');
  // Scripting off, as jsdom parses: <noscript> holds elements, the same tree DOMPurify will see.
  const document = parse(flattenDeepNesting(html, notes), { scriptingEnabled: false });
  const root = document.childNodes.find(isElement);
  const body = root?.childNodes.find((node) => isElement(node) && node.tagName === 'body') as Parse5Element | undefined;
  const builder = new RichBuilder(new BlockBudget(IMPORT_LIMITS.maxBlocks), notes);
  if (body) {
    // Counted once before the lists are made (that refuses a hostile size first), and again for the new tree.
    measure(body);
    listsFromSymbolParagraphs(body, defaultTreeAdapter);
    const sizes = measure(body);
    const total = sizes.get(body) ?? 0;
    let done = 0;
    for (const piece of pieces(body, sizes, serializeOuter)) {
      // WeakRefs (jsdom's node iterators) keep their targets alive until the current task ends: without a new
      // task per piece, every sanitised piece would stay in memory until the whole file is done.
      await new Promise((resolve) => setImmediate(resolve));
      const sanitized = sanitize(piece.html);
      builder.continuesTable = piece.continues;
      walkChildren(sanitized, [], builder, 0);
      done += piece.size;
      progress?.(Math.min(done, total), total);
    }
  }
  return RichDocSchema.parse({ type: 'doc', content: builder.finish() });
}

type Parse5Node = DefaultTreeAdapterTypes.ChildNode;
type Parse5Element = DefaultTreeAdapterTypes.Element;
type Parse5Parent = DefaultTreeAdapterTypes.ParentNode;
type SerializeOuter = (node: Parse5Node) => string;

const HTML_NS = 'http://www.w3.org/1999/xhtml';
/** What one sanitising pass takes at most, unless a single node is bigger and cannot be split. */
const PIECE_CHARS = 64 * 1024;

const isElement = (node: Parse5Node | DefaultTreeAdapterTypes.Node): node is Parse5Element => 'tagName' in node;

/**
 * Every node's size as HTML (estimated, without writing it out), counted in one pass without recursion; refuses
 * HTML with more nodes than the limit before anything costly happens.
 */
function measure(body: Parse5Element): Map<Parse5Node | Parse5Parent, number> {
  const sizes = new Map<Parse5Node | Parse5Parent, number>();
  const stack: { node: Parse5Element; open: boolean }[] = [{ node: body, open: false }];
  let count = 0;
  while (stack.length > 0) {
    const top = stack.pop()!;
    const { node } = top;
    if (!top.open) {
      stack.push({ node, open: true });
      for (const child of node.childNodes) {
        if (++count > IMPORT_LIMITS.maxHtmlNodes) {
          throw new ImportError('import_html_too_complex', { max: IMPORT_LIMITS.maxHtmlNodes.toLocaleString('en') });
        }
        if (isElement(child)) stack.push({ node: child, open: false });
        else sizes.set(child, 'value' in child ? child.value.length : 'data' in child ? child.data.length + 7 : 0);
      }
      continue;
    }
    let size = node.tagName.length * 2 + 5;
    for (const attribute of node.attrs) size += attribute.name.length + attribute.value.length + 4;
    for (const child of node.childNodes) size += sizes.get(child) ?? 0;
    sizes.set(node, size);
  }
  return sizes;
}

/**
 * The body's content as pieces of at most PIECE_CHARS of HTML, cut only between siblings. A node too big for one
 * piece is opened: its children are cut into pieces, each wrapped in the tags of the elements around it, so a
 * piece of a list is still a list and text inside <b> stays bold.
 */
function* pieces(
  parent: Parse5Element,
  sizes: Map<Parse5Node | Parse5Parent, number>,
  serializeOuter: SerializeOuter,
  open = '',
  close = '',
  run = { pieces: 0 },
): Generator<{ html: string; size: number; continues: boolean }> {
  let html = '';
  let size = 0;
  // A piece inside a table that was opened goes on with the table the piece before it ended with.
  const piece = () => ({ html: open + html + close, size, continues: run.pieces++ > 0 && open.includes('<table') });
  for (const child of parent.childNodes) {
    const childSize = sizes.get(child) ?? 0;
    if (childSize > PIECE_CHARS && isSplittable(child)) {
      if (html) yield piece();
      html = '';
      size = 0;
      const endTag = `</${child.tagName}>`;
      const shell = serializeOuter({ ...child, attrs: allowedAttributes(child), childNodes: [] });
      const startTag = shell.endsWith(endTag) ? shell.slice(0, -endTag.length) : shell;
      yield* pieces(child, sizes, serializeOuter, open + startTag, endTag + close, run);
      continue;
    }
    html += serializeOuter(withoutDroppedAttributes(child));
    size += childSize;
    if (size >= PIECE_CHARS) {
      yield piece();
      html = '';
      size = 0;
    }
  }
  if (html) yield piece();
}

/**
 * Attributes DOMPurify would remove are not written into the pieces: jsdom parses every style attribute as CSS
 * before DOMPurify gets to drop it, half the cost of Outlook's HTML. DOMPurify still judges the ones left.
 */
function withoutDroppedAttributes(node: Parse5Node): Parse5Node {
  const stack: Parse5Node[] = [node];
  while (stack.length > 0) {
    const current = stack.pop()!;
    if (!isElement(current)) continue;
    current.attrs = allowedAttributes(current);
    stack.push(...current.childNodes);
  }
  return node;
}

const allowedAttributes = (element: Parse5Element) =>
  element.attrs.filter((attribute) => ALLOWED_ATTR.includes(attribute.name));

function isSplittable(node: Parse5Node): node is Parse5Element {
  return (
    isElement(node) &&
    node.namespaceURI === HTML_NS &&
    node.childNodes.length > 0 &&
    !FORBID_CONTENTS.includes(node.tagName)
  );
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
 * parse5 writes pieces out and the walker descends recursively, so thousands of nested elements would overflow the
 * stack. Such HTML
 * keeps its text but loses its container tags before it is parsed; if it is still too deep it is refused.
 */
function flattenDeepNesting(html: string, notes: ConversionNotes): string {
  if (nestingDepth(html) <= IMPORT_LIMITS.maxHtmlDepth) return html;
  notes.simplified = true;
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

function walkChildren(parent: Node, marks: Mark[], out: RichBuilder, depth: number): void {
  for (let child = parent.firstChild; child; child = child.nextSibling) walk(child, marks, out, depth + 1);
}

function walk(node: Node, marks: Mark[], out: RichBuilder, depth: number): void {
  if (node.nodeType === 3) {
    out.text(node.nodeValue ?? '', marks);
    return;
  }
  if (node.nodeType !== 1) return;
  if (depth > IMPORT_LIMITS.maxHtmlDepth) {
    // Very deep nesting (a hostile message) is flattened to its text without recursing further.
    out.notes.simplified = true;
    out.text(` ${textOf(node)} `, marks);
    return;
  }
  const element = node as Element;
  const tag = element.localName;
  const mark = MARKS[tag];
  if (mark) {
    walkChildren(node, addMark(marks, mark), out, depth);
    return;
  }
  switch (tag) {
    case 'br':
      out.hardBreak();
      return;
    case 'a': {
      const href = (element.getAttribute('href') ?? '').trim();
      const linked = SAFE_HREF.test(href) && href.length <= 2048;
      walkChildren(node, linked ? addMark(marks, { type: 'link', attrs: { href } }) : marks, out, depth);
      return;
    }
    case 'h1':
    case 'h2':
    case 'h3':
    case 'h4':
    case 'h5':
    case 'h6': {
      out.flush();
      const inner = out.nested();
      walkChildren(node, marks, inner, depth);
      const content = inner.takeInline();
      if (content.length > 0) {
        const level = Math.min(4, Number(tag.slice(1)));
        out.block({ type: 'heading', attrs: { level }, content });
      }
      return;
    }
    case 'ul':
    case 'ol': {
      if (out.listDepth >= MAX_LIST_DEPTH) {
        // Lists nested deeper than anyone writes them: their items go on as paragraphs of the item around them.
        out.notes.simplified = true;
        out.flush();
        walkChildren(node, marks, out, depth);
        out.flush();
        return;
      }
      const items: RichNode[] = [];
      for (let child = node.firstChild; child; child = child.nextSibling) {
        const inner = out.nested({ listDepth: out.listDepth + 1 });
        if (child.nodeType === 1 && (child as Element).localName === 'li') walkChildren(child, marks, inner, depth + 1);
        else walk(child, marks, inner, depth + 1);
        const blocks = inner.finish();
        if (blocks.length > 0) {
          out.budget.take();
          items.push({ type: 'listItem', content: blocks });
        }
      }
      const start = Number(element.getAttribute('start') ?? '1');
      const numbered = tag === 'ol' && Number.isInteger(start) && start >= 0 && start <= 100_000 && start !== 1;
      if (items.length === 0) out.flush();
      else if (tag === 'ul') out.block({ type: 'bulletList', content: items });
      else out.block({ type: 'orderedList', ...(numbered ? { attrs: { start } } : {}), content: items });
      return;
    }
    case 'blockquote': {
      const inner = out.nested();
      walkChildren(node, marks, inner, depth);
      const blocks = inner.finish();
      if (blocks.length > 0) out.block({ type: 'blockquote', content: blocks });
      else out.flush();
      return;
    }
    case 'table':
      table(element, marks, out, depth);
      return;
    case 'tr':
      // A row outside a table (a piece of a table too big to sanitise in one go starts with its rows).
      rowAsLine(element, marks, out, depth);
      return;
    case 'pre': {
      out.preformatted(preformattedText(node));
      return;
    }
    case 'span':
    case 'font':
    case 'small':
    case 'big':
    case 'sub':
    case 'sup':
    case 'code':
      walkChildren(node, marks, out, depth);
      return;
    default:
      // p, div, li outside a list, tables, sections: a block boundary around their content.
      out.flush();
      walkChildren(node, marks, out, depth);
      out.flush();
  }
}

/** Lists inside lists deeper than this are flattened: nobody writes them, and the screens indent every level. */
const MAX_LIST_DEPTH = 8;

/** The element children of a node with one of these names. */
function childElements(node: Node, names: readonly string[]): Element[] {
  const found: Element[] = [];
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 1 && names.includes((child as Element).localName)) found.push(child as Element);
  }
  return found;
}

/** A table's rows, in <thead>, <tbody> and <tfoot> or directly inside it. */
function tableRows(table: Element): Element[] {
  const rows: Element[] = [];
  for (const part of [table, ...childElements(table, ['thead', 'tbody', 'tfoot'])]) {
    rows.push(...childElements(part, ['tr']));
  }
  return rows;
}

/**
 * A table stays a table (rows of cells, header cells marked) when it is one: more than one column, within the
 * schema's size, not inside another table. A table of one column (the layout wrapper many mail programs put
 * around a message) gives up its content as ordinary blocks; a table too big, or one inside a table, becomes one
 * line of text per row, its cells separated by " | ".
 */
function table(element: Element, marks: Mark[], out: RichBuilder, depth: number): void {
  const rows = tableRows(element).map((row) => childElements(row, ['td', 'th']));
  const columns = Math.max(0, ...rows.map((cells) => cells.length));
  const cells = rows.reduce((sum, row) => sum + row.length, 0);
  const caption = childElements(element, ['caption'])[0];
  if (caption) {
    out.flush();
    walkChildren(caption, addMark(marks, { type: 'bold' }), out, depth);
    out.flush();
  }
  if (columns <= 1) {
    for (const row of rows) for (const cell of row) walk(cell, marks, out, depth + 2);
    out.flush();
    return;
  }
  const fits = rows.length <= TABLE_LIMITS.rows && columns <= TABLE_LIMITS.columns && cells <= TABLE_LIMITS.cells;
  if (!fits || out.inTable) {
    if (!fits) out.notes.simplified = true;
    for (const row of tableRows(element)) rowAsLine(row, marks, out, depth + 1);
    return;
  }
  const tableRowNodes: RichNode[] = [];
  for (const row of rows) {
    if (row.length === 0) continue;
    out.budget.take();
    tableRowNodes.push({
      type: 'tableRow',
      content: row.map((cell) => {
        const inner = out.nested({ inTable: true });
        walkChildren(cell, marks, inner, depth + 2);
        const blocks = inner.finish();
        const type = cell.localName === 'th' ? 'tableHeader' : 'tableCell';
        return blocks.length > 0 ? { type, content: blocks } : { type };
      }),
    });
  }
  if (tableRowNodes.length > 0) out.block({ type: 'table', content: tableRowNodes });
  else out.flush();
}

/** A table row as one readable line: its cells separated by " | ", header cells in bold. */
function rowAsLine(row: Element, marks: Mark[], out: RichBuilder, depth: number): void {
  out.flush();
  let first = true;
  for (const cell of childElements(row, ['td', 'th'])) {
    // A cell's paragraphs become part of one line: they do not count as blocks of their own.
    const inner = new RichBuilder(new BlockBudget(), out.notes);
    inner.inTable = true;
    const cellMarks = cell.localName === 'th' ? addMark(marks, { type: 'bold' }) : marks;
    walkChildren(cell, cellMarks, inner, depth + 1);
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
}

/** A <pre>'s text exactly as written: spaces, tabs and line breaks kept, markup inside it dropped. */
function preformattedText(node: Node): string {
  const walker = node.ownerDocument.createTreeWalker(node, 1 | 4 /* SHOW_ELEMENT | SHOW_TEXT */);
  const parts: string[] = [];
  for (let next = walker.nextNode(); next; next = walker.nextNode()) {
    if (next.nodeType === 3) parts.push(next.nodeValue ?? '');
    else if ((next as Element).localName === 'br') parts.push('\n');
  }
  return parts.join('');
}

function addMark(marks: Mark[], mark: Mark): Mark[] {
  if (marks.some((existing) => existing.type === mark.type)) return marks;
  return [...marks, mark];
}

/** The text under a node, gathered iteratively so no nesting depth can overflow the stack. */
function textOf(node: Node): string {
  const walker = node.ownerDocument.createTreeWalker(node, 4 /* NodeFilter.SHOW_TEXT */);
  const parts: string[] = [];
  for (let text = walker.nextNode(); text; text = walker.nextNode()) parts.push(text.nodeValue ?? '');
  return parts.join(' ');
}
