import { RichDocSchema, type RichDoc, type RichNode } from '../../../shared/domain/rich-text';
import { RichBuilder } from './rich-builder';

type Mark = NonNullable<RichNode['marks']>[number];

function lines(text: string): string[] {
  return text.replace(/\r\n?/g, '\n').split('\n');
}

/**
 * Plain text as rich text: paragraphs where the text has blank lines, its other line breaks kept inside them,
 * so it reads as written. Spacing inside a line is kept.
 */
export function richTextFromText(text: string): RichDoc {
  const builder = new RichBuilder();
  let open = false;
  for (const line of lines(text)) {
    if (line.trim() === '') {
      builder.flush();
      open = false;
      continue;
    }
    if (open) builder.hardBreak();
    builder.text(line.trimEnd(), [], true);
    open = true;
  }
  return RichDocSchema.parse({ type: 'doc', content: builder.finish() });
}

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
