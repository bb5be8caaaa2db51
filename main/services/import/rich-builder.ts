import { IMPORT_LIMITS } from '../../../shared/domain/import-limits';
import { TABLE_LIMITS, type RichNode } from '../../../shared/domain/rich-text';
import { ImportError } from './import-error';

type Mark = NonNullable<RichNode['marks']>[number];

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000E-\u001F\u007F]/g;

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

/** What a conversion had to simplify, for the warning the coach reads; shared by a document's nested builders. */
export interface ConversionNotes {
  /** A table too big to keep as a table, lists or elements nested too deep: kept as plain lines of text. */
  simplified: boolean;
}

/**
 * Collects inline runs into paragraphs and finished blocks: what every converter emits into, so each source
 * produces only the node set the dossier stores, with whitespace collapsed the way a browser would show it.
 */
export class RichBuilder {
  readonly blocks: RichNode[] = [];
  private inline: RichNode[] = [];

  /** How many lists this builder's content sits in. */
  listDepth = 0;
  /** Whether this builder fills a table cell (a table inside it is not kept as a table). */
  inTable = false;
  /**
   * Whether the next block, if a table, goes on with the table before it: the HTML of a big table is sanitised in
   * pieces, each wrapped in its own <table>, and those pieces are one table again here.
   */
  continuesTable = false;

  constructor(
    readonly budget: BlockBudget = new BlockBudget(),
    readonly notes: ConversionNotes = { simplified: false },
  ) {}

  /**
   * A builder for content inside a block (a list item, a quote, a table cell) that counts against the same budget
   * and notes, one list deeper or inside a table if asked.
   */
  nested(where: { listDepth?: number; inTable?: boolean } = {}): RichBuilder {
    const inner = new RichBuilder(this.budget, this.notes);
    inner.listDepth = where.listDepth ?? this.listDepth;
    inner.inTable = where.inTable ?? this.inTable;
    return inner;
  }

  /** Adds text with these marks; `preserve` keeps line-internal spacing (plain text), else it is collapsed. */
  text(value: string, marks: Mark[] = [], preserve = false): void {
    let cleaned = value.replace(CONTROL, '');
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

  /** Preformatted text as one block: every space, tab and line break kept, control characters dropped. */
  preformatted(value: string): void {
    const text = value
      .replace(/\r\n?/g, '\n')
      .replace(CONTROL, '')
      .replace(/^\n+|\s+$/g, '');
    if (text.trim() === '') return;
    const content: RichNode[] = [];
    for (let start = 0; start < text.length; start += MAX_RUN) {
      content.push({ type: 'text', text: text.slice(start, start + MAX_RUN) });
    }
    this.block({ type: 'preformatted', content });
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
    const continues = this.continuesTable;
    this.continuesTable = false;
    const last = this.blocks.at(-1);
    if (continues && node.type === 'table' && last?.type === 'table' && fitsOneTable(last, node)) {
      last.content = [...(last.content ?? []), ...(node.content ?? [])];
      return;
    }
    this.blocks.push(node);
  }

  finish(): RichNode[] {
    this.flush();
    return this.blocks;
  }
}

function fitsOneTable(first: RichNode, second: RichNode): boolean {
  const rows = [...(first.content ?? []), ...(second.content ?? [])];
  const cells = rows.reduce((sum, row) => sum + (row.content?.length ?? 0), 0);
  return rows.length <= TABLE_LIMITS.rows && cells <= TABLE_LIMITS.cells;
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
