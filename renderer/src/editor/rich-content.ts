import { MarkSchema, MAX_TEXT_LENGTH, type RichNode } from '../../../shared/domain/rich-text';

/**
 * Turns any node list (editor JSON, a stored reply, an import) into blocks that are valid twice over: for the
 * shared `RichDocSchema` and for the editor's schema (a list holds only list items, a list item starts with a
 * paragraph, text sits in a paragraph). Nothing outside the allowed nodes and marks survives; text inside an
 * unknown node is kept where possible. Already-valid content comes out unchanged, in one canonical form:
 * marks in a fixed order, neighbouring text with the same marks joined, no attributes but heading levels,
 * ordered-list starts other than 1 and link addresses.
 */

type RichMark = NonNullable<RichNode['marks']>[number];
type Json = Record<string, unknown>;

const MARK_ORDER: readonly RichMark['type'][] = ['link', 'bold', 'italic', 'underline'];
const MAX_MARKS = 8;
const MAX_HEADING_LEVEL = 4;
const MAX_LIST_START = 100_000;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function childrenOf(node: Json): unknown[] {
  return Array.isArray(node.content) ? node.content : [];
}

function withContent<T extends RichNode>(node: T, content: RichNode[]): T {
  return content.length > 0 ? { ...node, content } : node;
}

/** A link address the shared schema accepts (http, https, mailto), or undefined. */
export function safeHref(href: unknown): string | undefined {
  if (typeof href !== 'string') return undefined;
  const parsed = MarkSchema.safeParse({ type: 'link', attrs: { href } });
  return parsed.success ? href : undefined;
}

export function sanitizeMarks(marks: unknown): RichMark[] {
  if (!Array.isArray(marks)) return [];
  const found = new Map<RichMark['type'], RichMark>();
  for (const mark of marks) {
    if (!isObject(mark)) continue;
    const type = mark.type;
    if (type === 'bold' || type === 'italic' || type === 'underline') {
      found.set(type, { type });
    } else if (type === 'link' && !found.has('link')) {
      const href = safeHref(isObject(mark.attrs) ? mark.attrs.href : undefined);
      if (href) found.set('link', { type: 'link', attrs: { href } });
    }
  }
  return MARK_ORDER.flatMap((type) => {
    const mark = found.get(type);
    return mark ? [mark] : [];
  }).slice(0, MAX_MARKS);
}

function sameMarks(a: readonly RichMark[] | undefined, b: readonly RichMark[] | undefined): boolean {
  return JSON.stringify(a ?? []) === JSON.stringify(b ?? []);
}

function textNode(text: string, marks: RichMark[]): RichNode {
  return marks.length > 0 ? { type: 'text', text, marks } : { type: 'text', text };
}

/** Inline content: text with allowed marks and line breaks; inline text of anything else is lifted out. */
export function sanitizeInline(nodes: readonly unknown[]): RichNode[] {
  const out: RichNode[] = [];
  const push = (node: RichNode) => {
    const last = out.at(-1);
    if (node.type === 'text' && last?.type === 'text' && sameMarks(last.marks, node.marks)) {
      out[out.length - 1] = textNode(`${last.text ?? ''}${node.text ?? ''}`, last.marks ?? []);
    } else {
      out.push(node);
    }
  };
  const visit = (node: unknown) => {
    if (!isObject(node)) return;
    if (node.type === 'text') {
      if (typeof node.text === 'string' && node.text.length > 0) push(textNode(node.text, sanitizeMarks(node.marks)));
    } else if (node.type === 'hardBreak') {
      push({ type: 'hardBreak' });
    } else {
      childrenOf(node).forEach(visit);
    }
  };
  nodes.forEach(visit);
  return out.flatMap((node) => splitLongText(node));
}

function splitLongText(node: RichNode): RichNode[] {
  const text = node.text ?? '';
  if (node.type !== 'text' || text.length <= MAX_TEXT_LENGTH) return [node];
  const parts: RichNode[] = [];
  for (let start = 0; start < text.length; start += MAX_TEXT_LENGTH) {
    parts.push(textNode(text.slice(start, start + MAX_TEXT_LENGTH), node.marks ?? []));
  }
  return parts;
}

function headingLevel(attrs: unknown): number {
  const level = isObject(attrs) ? attrs.level : undefined;
  if (typeof level !== 'number' || !Number.isFinite(level)) return 1;
  return Math.min(MAX_HEADING_LEVEL, Math.max(1, Math.round(level)));
}

function listStart(attrs: unknown): number | undefined {
  const start = isObject(attrs) ? attrs.start : undefined;
  if (typeof start !== 'number' || !Number.isInteger(start) || start < 0 || start > MAX_LIST_START) return undefined;
  return start === 1 ? undefined : start;
}

/** A list item's content: the editor's `paragraph block*`. */
function listItem(blocks: RichNode[]): RichNode {
  const content = blocks[0]?.type === 'paragraph' ? blocks : [{ type: 'paragraph' } as RichNode, ...blocks];
  return { type: 'listItem', content };
}

function sanitizeListItems(nodes: readonly unknown[]): RichNode[] {
  const items: RichNode[] = [];
  let loose: unknown[] = [];
  const flushLoose = () => {
    if (loose.length === 0) return;
    const blocks = sanitizeBlocks(loose);
    if (blocks.length > 0) items.push(listItem(blocks));
    loose = [];
  };
  for (const node of nodes) {
    if (isObject(node) && node.type === 'listItem') {
      flushLoose();
      items.push(listItem(sanitizeBlocks(childrenOf(node))));
    } else {
      loose.push(node);
    }
  }
  flushLoose();
  return items;
}

/**
 * Block content (a PASSIE block, a blockquote, a list item). Loose inline content is gathered into paragraphs and
 * loose list items into a bullet list; an unknown block gives up its content, an unknown leaf disappears.
 */
export function sanitizeBlocks(nodes: readonly unknown[]): RichNode[] {
  const out: RichNode[] = [];
  let inline: unknown[] = [];
  let items: unknown[] = [];
  const flushInline = () => {
    if (inline.length === 0) return;
    const content = sanitizeInline(inline);
    if (content.length > 0) out.push({ type: 'paragraph', content });
    inline = [];
  };
  const flushItems = () => {
    if (items.length === 0) return;
    const listItems = sanitizeListItems(items);
    if (listItems.length > 0) out.push({ type: 'bulletList', content: listItems });
    items = [];
  };
  const flush = () => {
    flushInline();
    flushItems();
  };

  for (const node of nodes) {
    if (!isObject(node)) continue;
    switch (node.type) {
      case 'text':
      case 'hardBreak':
        flushItems();
        inline.push(node);
        break;
      case 'listItem':
        flushInline();
        items.push(node);
        break;
      case 'paragraph':
        flush();
        out.push(withContent({ type: 'paragraph' }, sanitizeInline(childrenOf(node))));
        break;
      case 'heading':
        flush();
        out.push(
          withContent(
            { type: 'heading', attrs: { level: headingLevel(node.attrs) } },
            sanitizeInline(childrenOf(node)),
          ),
        );
        break;
      case 'blockquote': {
        flush();
        const content = sanitizeBlocks(childrenOf(node));
        out.push({ type: 'blockquote', content: content.length > 0 ? content : [{ type: 'paragraph' }] });
        break;
      }
      case 'preformatted': {
        // The editor has no preformatted text: its lines stay lines, their indentation kept in the text.
        flush();
        const text = childrenOf(node)
          .map((child) => (isObject(child) && typeof child.text === 'string' ? child.text : ''))
          .join('');
        const content = sanitizeInline(
          text
            .split('\n')
            .flatMap((line, index) => [
              ...(index > 0 ? [{ type: 'hardBreak' }] : []),
              ...(line ? [{ type: 'text', text: line }] : []),
            ]),
        );
        if (content.length > 0) out.push({ type: 'paragraph', content });
        break;
      }
      case 'table':
        // Nor tables: each row becomes a line of text, its cells separated by " | ".
        flush();
        for (const row of childrenOf(node)) {
          const cells = isObject(row) ? childrenOf(row).map((cell) => (isObject(cell) ? cellText(cell) : '')) : [];
          const line = cells.join(' | ');
          if (line.replace(/[\s|]/g, ''))
            out.push({ type: 'paragraph', content: sanitizeInline([{ type: 'text', text: line }]) });
        }
        break;
      case 'bulletList':
      case 'orderedList': {
        flush();
        const content = sanitizeListItems(childrenOf(node));
        if (content.length === 0) break;
        const start = node.type === 'orderedList' ? listStart(node.attrs) : undefined;
        out.push(start === undefined ? { type: node.type, content } : { type: node.type, attrs: { start }, content });
        break;
      }
      default:
        flush();
        out.push(...sanitizeBlocks(childrenOf(node)));
    }
  }
  flush();
  return out;
}

/** A table cell's text on one line: its blocks' text, a space between them. */
function cellText(cell: Json): string {
  return childrenOf(cell)
    .map((block) =>
      sanitizeInline([block])
        .map((node) => node.text ?? ' ')
        .join(''),
    )
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** True for content that holds nothing: no nodes at all, or one paragraph without text. */
export function isBlankContent(content: readonly RichNode[]): boolean {
  if (content.length === 0) return true;
  const [only] = content;
  return content.length === 1 && only?.type === 'paragraph' && (only.content?.length ?? 0) === 0;
}
