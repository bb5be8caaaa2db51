import { RichDocSchema, type RichDoc, type RichNode } from '../../../shared/domain/rich-text';
import { RichBuilder, type ConversionNotes } from './rich-builder';

type Mark = NonNullable<RichNode['marks']>[number];

function lines(text: string): string[] {
  return text.replace(/\r\n?/g, '\n').split('\n');
}

/** A typed list item: its indent, a bullet (-, *, •, ·, ▪, ◦, –) or a number ("1." or "1)"), then its text. */
const LIST_LINE = /^([ \t]*)(?:([-*•·▪◦–])|(\d{1,3})[.)])[ \t]+(\S.*)$/u;
const INDENTED = /^[ \t]+\S/;

/** The width of a line's indent in spaces, a tab counting as four. */
function indentOf(line: string): number {
  const indent = /^[ \t]*/.exec(line)?.[0] ?? '';
  return indent.replace(/\t/g, '    ').length;
}

/**
 * Plain text as rich text, as it reads: paragraphs where the text has blank lines, its other line breaks kept
 * inside them; lines typed as list items ("- ", "• ", "1. ") as lists, nested by their indent; and indented
 * passages as preformatted text that keeps every space and tab. Spacing inside a line is kept.
 */
export function richTextFromText(text: string, notes: ConversionNotes = { simplified: false }): RichDoc {
  const builder = new RichBuilder(undefined, notes);
  const list = new TypedList(builder);
  let open = false;
  let preformatted: string[] = [];
  let blankBefore = false;
  const endPreformatted = () => {
    builder.preformatted(preformatted.join('\n'));
    preformatted = [];
  };
  for (const line of lines(text).map((raw) => raw.trimEnd())) {
    if (line.trim() === '') {
      builder.flush();
      endPreformatted();
      open = false;
      blankBefore = true;
      continue;
    }
    const item = LIST_LINE.exec(line);
    if (item) {
      builder.flush();
      endPreformatted();
      open = false;
      list.add(indentOf(line), item[3] === undefined ? undefined : Number(item[3]), item[4] ?? '');
    } else if (list.isOpen && !blankBefore && INDENTED.test(line)) {
      // An indented line right under an item carries that item on.
      list.continueItem(line.trim());
    } else if (INDENTED.test(line)) {
      list.end();
      builder.flush();
      open = false;
      preformatted.push(line);
    } else {
      list.end();
      endPreformatted();
      if (open) builder.hardBreak();
      builder.text(line, [], true);
      open = true;
    }
    blankBefore = false;
  }
  list.end();
  endPreformatted();
  return RichDocSchema.parse({ type: 'doc', content: builder.finish() });
}

/** The list being typed: items gathered by indent into nested bullet and numbered lists. */
class TypedList {
  private readonly open: { indent: number; node: RichNode; items: RichNode[] }[] = [];

  constructor(private readonly out: RichBuilder) {}

  get isOpen(): boolean {
    return this.open.length > 0;
  }

  add(indent: number, number: number | undefined, text: string): void {
    const type = number === undefined ? 'bulletList' : 'orderedList';
    while (this.open.length > 1 && this.open.at(-1)!.indent > indent) this.open.pop();
    let current = this.open.at(-1);
    if (current && current.indent >= indent && current.node.type !== type) {
      if (this.open.length === 1) this.end();
      else this.open.pop();
      current = this.open.at(-1);
    }
    if (!current || indent > current.indent) {
      const nested = this.open.length >= MAX_LIST_DEPTH ? undefined : current;
      if (current && !nested) this.out.notes.simplified = true;
      if (!current || nested) {
        const items: RichNode[] = [];
        const node: RichNode = { type, content: items };
        if (number !== undefined && number !== 1) node.attrs = { start: number };
        if (nested) {
          const parent = nested.items.at(-1);
          parent?.content?.push(node);
        }
        this.open.push({ indent, node, items });
        current = this.open.at(-1);
      }
    }
    this.out.budget.take();
    current!.items.push({ type: 'listItem', content: [{ type: 'paragraph', content: inline(text) }] });
  }

  continueItem(text: string): void {
    const paragraph = this.open.at(-1)?.items.at(-1)?.content?.[0];
    paragraph?.content?.push({ type: 'hardBreak' }, ...inline(text));
  }

  end(): void {
    const outer = this.open[0];
    this.open.length = 0;
    if (outer) this.out.block(outer.node);
  }
}

/** A line's text as inline content, cleaned as the builder cleans it. */
function inline(text: string): RichNode[] {
  const builder = new RichBuilder();
  builder.text(text, [], true);
  return builder.takeInline();
}

/** Lists nested deeper than this go on at the deepest level. */
const MAX_LIST_DEPTH = 8;

/** Markdown, the common part only: headings, bullet and numbered lists, quotes, **bold**, *italic*, links. */
export function richTextFromMarkdown(text: string): RichDoc {
  const builder = new RichBuilder();
  let list: { type: 'bulletList' | 'orderedList'; items: RichNode[] } | undefined;
  let quote: RichNode[] | undefined;
  const endList = () => {
    if (list) builder.block({ type: list.type, content: list.items });
    list = undefined;
  };
  const endQuote = () => {
    if (quote && quote.length > 0) builder.block({ type: 'blockquote', content: quote });
    quote = undefined;
  };
  for (const line of lines(text)) {
    const heading = /^(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line);
    const bullet = /^\s*[-*+]\s+(.*)$/.exec(line);
    const numbered = /^\s*\d{1,9}[.)]\s+(.*)$/.exec(line);
    const quoted = /^\s*>\s?(.*)$/.exec(line);
    if (!bullet && !numbered) endList();
    if (!quoted) endQuote();
    if (heading) {
      builder.flush();
      const content = inlineOf(heading[2] ?? '');
      if (content.length > 0)
        builder.block({ type: 'heading', attrs: { level: Math.min(4, (heading[1] ?? '#').length) }, content });
    } else if (bullet || numbered) {
      builder.flush();
      const type = bullet ? 'bulletList' : 'orderedList';
      if (list && list.type !== type) endList();
      list ??= { type, items: [] };
      const content = inlineOf((bullet ?? numbered)?.[1] ?? '');
      if (content.length > 0) {
        builder.budget.take();
        list.items.push({ type: 'listItem', content: [{ type: 'paragraph', content }] });
      }
    } else if (quoted) {
      builder.flush();
      quote ??= [];
      const content = inlineOf(quoted[1] ?? '');
      if (content.length > 0) {
        builder.budget.take();
        quote.push({ type: 'paragraph', content });
      }
    } else if (line.trim() === '') {
      builder.flush();
    } else {
      builder.flush();
      for (const node of inlineOf(line)) {
        if (node.type === 'text') builder.text(node.text ?? '', node.marks ?? [], true);
      }
      builder.flush();
    }
  }
  endList();
  endQuote();
  return RichDocSchema.parse({ type: 'doc', content: builder.finish() });
}

const INLINE =
  /\*\*([^*\n]+)\*\*|__([^_\n]+)__|\*([^*\n]+)\*|_([^_\n]+)_|\[([^\]\n]+)\]\(((?:https?:\/\/|mailto:)[^\s<>")]+)\)/g;

function inlineOf(source: string): RichNode[] {
  const builder = new RichBuilder();
  let at = 0;
  for (const match of source.matchAll(INLINE)) {
    builder.text(source.slice(at, match.index), [], true);
    const [, bold1, bold2, italic1, italic2, label, href] = match;
    let marks: Mark[];
    let value: string;
    if (bold1 ?? bold2) [marks, value] = [[{ type: 'bold' }], bold1 ?? bold2 ?? ''];
    else if (italic1 ?? italic2) [marks, value] = [[{ type: 'italic' }], italic1 ?? italic2 ?? ''];
    else [marks, value] = [[{ type: 'link', attrs: { href: href ?? '' } }], label ?? ''];
    builder.text(value, marks, true);
    at = match.index + match[0].length;
  }
  builder.text(source.slice(at), [], true);
  return builder.takeInline();
}
