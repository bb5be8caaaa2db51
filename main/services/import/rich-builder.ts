import { IMPORT_LIMITS } from '../../../shared/domain/import-limits';
import type { RichNode } from '../../../shared/domain/rich-text';
import { ImportError } from './import-error';

type Mark = NonNullable<RichNode['marks']>[number];

/** Longest run in one text node; longer text is split so each node stays within the schema's limit. */
const MAX_RUN = 100_000;

/**
 * How many blocks (paragraphs, headings, list items, quotes) one document may grow to: counted as they are made,
 * so a file with too many is refused as soon as it passes the limit, not after converting all of it.
 */
export class BlockBudget {
  private used = 0;

  constructor(readonly max: number = IMPORT_LIMITS.maxBlocks) {}

  take(count = 1): void {
    this.used += count;
    if (this.used > this.max)
      throw new ImportError('import_too_many_paragraphs', { max: this.max.toLocaleString('en') });
  }
}

/**
 * Collects inline runs into paragraphs and finished blocks: what every converter emits into, so each source
 * produces only the node set the dossier stores, with whitespace collapsed the way a browser would show it.
 */
export class RichBuilder {
  readonly blocks: RichNode[] = [];
  private inline: RichNode[] = [];

  constructor(readonly budget: BlockBudget = new BlockBudget()) {}

  /** A builder for content inside a block (a list item, a quote, a table cell) that counts against the same budget. */
  nested(): RichBuilder {
    return new RichBuilder(this.budget);
  }

  /** Adds text with these marks; `preserve` keeps line-internal spacing (plain text), else it is collapsed. */
  text(value: string, marks: Mark[] = [], preserve = false): void {
    // eslint-disable-next-line no-control-regex
    let cleaned = value.replace(/[\u0000-\u0008\u000B\u000E-\u001F\u007F]/g, '');
    if (!preserve) cleaned = cleaned.replace(/[ \t\n\r\f]+/g, ' ');
    if (cleaned.length === 0) return;
    const last = this.inline.at(-1);
    if (cleaned.startsWith(' ') && (!last || last.type === 'hardBreak' || last.text?.endsWith(' '))) {
      cleaned = cleaned.replace(/^ +/, '');
      if (cleaned.length === 0) return;
    }
    if (last?.type === 'text' && sameMarks(last.marks ?? [], marks) && (last.text ?? '').length < MAX_RUN) {
      last.text = (last.text ?? '') + cleaned;
      return;
    }
    for (let start = 0; start < cleaned.length; start += MAX_RUN) {
      const node: RichNode = { type: 'text', text: cleaned.slice(start, start + MAX_RUN) };
      if (marks.length > 0) node.marks = marks.map((mark) => ({ ...mark }));
      this.inline.push(node);
    }
  }

  /** Appends finished inline nodes (a table cell's text) to the current paragraph. */
  appendInline(nodes: RichNode[]): void {
    for (const node of nodes) {
      if (node.type === 'text') this.text(node.text ?? '', node.marks ?? [], true);
      else if (node.type === 'hardBreak') this.hardBreak();
    }
  }

  hardBreak(): void {
    const last = this.inline.at(-1);
    if (last?.type === 'text') last.text = (last.text ?? '').replace(/ +$/, '');
    if (last?.type === 'text' && last.text === '') this.inline.pop();
    this.inline.push({ type: 'hardBreak' });
  }

  /** Ends the current paragraph (if it has any visible text). */
  flush(): void {
    const inline = trimInline(this.inline);
    this.inline = [];
    if (inline.length > 0) {
      this.budget.take();
      this.blocks.push({ type: 'paragraph', content: inline });
    }
  }

  /** The collected inline runs as content for a heading or table row, ending the paragraph. */
  takeInline(): RichNode[] {
    const inline = trimInline(this.inline);
    this.inline = [];
    return inline;
  }

  block(node: RichNode): void {
    this.flush();
    this.budget.take();
    this.blocks.push(node);
  }

  finish(): RichNode[] {
    this.flush();
    return this.blocks;
  }
}

function sameMarks(a: Mark[], b: Mark[]): boolean {
  return a.length === b.length && a.every((mark, index) => JSON.stringify(mark) === JSON.stringify(b[index]));
}

function trimInline(nodes: RichNode[]): RichNode[] {
  const result = nodes.map((node) => ({ ...node }));
  while (result.length > 0 && result[0]!.type === 'hardBreak') result.shift();
  while (result.length > 0 && result.at(-1)!.type === 'hardBreak') result.pop();
  const first = result[0];
  if (first?.type === 'text') first.text = (first.text ?? '').replace(/^\s+/, '');
  const last = result.at(-1);
  if (last?.type === 'text') last.text = (last.text ?? '').replace(/\s+$/, '');
  const kept = result.filter((node) => node.type !== 'text' || (node.text ?? '').length > 0);
  const visible = kept.some((node) => node.type === 'text' && (node.text ?? '').trim().length > 0);
  return visible ? kept : [];
}
