import * as z from 'zod';

/**
 * Rich text as the dossier stores it: ProseMirror/TipTap JSON, never HTML (ARCHITECTURE.md, Rich text). Only the node
 * and mark types the studio renders are allowed, and links only to web and mail addresses, so stored text can never
 * carry script into the screen or the PDF.
 */
export const MAX_TEXT_LENGTH = 200_000;

/** The only links the studio keeps: web pages and e-mail addresses (never javascript:, data: or file:). */
export const SAFE_HREF = /^(https?:\/\/|mailto:)[^\s<>"]+$/i;

export const MarkSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('bold') }).strict(),
  z.object({ type: z.literal('italic') }).strict(),
  z.object({ type: z.literal('underline') }).strict(),
  z
    .object({ type: z.literal('link'), attrs: z.object({ href: z.string().max(2048).regex(SAFE_HREF) }).strip() })
    .strict(),
]);

export interface RichNode {
  type:
    | 'paragraph'
    | 'heading'
    | 'bulletList'
    | 'orderedList'
    | 'listItem'
    | 'blockquote'
    | 'preformatted'
    | 'table'
    | 'tableRow'
    | 'tableCell'
    | 'tableHeader'
    | 'hardBreak'
    | 'text';
  attrs?: Record<string, unknown>;
  content?: RichNode[];
  marks?: z.infer<typeof MarkSchema>[];
  text?: string;
}

const TextNodeSchema = z
  .object({
    type: z.literal('text'),
    text: z.string().min(1).max(MAX_TEXT_LENGTH),
    marks: z.array(MarkSchema).max(8).optional(),
  })
  .strict();

const container = <T extends string>(type: T, max = 10_000) =>
  z.object({ type: z.literal(type), content: z.array(RichNodeSchema).max(max).optional() }).strict();

/**
 * How big a stored table may be: what still reads as a table on a screen and an A4 page. The importers turn a
 * bigger one into lines of text ("cell | cell"), so these limits only refuse what no importer makes.
 */
export const TABLE_LIMITS = { rows: 500, columns: 20, cells: 2_000 } as const;

// A discriminated union: validating a large dossier is several times faster than trying each member in turn.
export const RichNodeSchema: z.ZodType<RichNode> = z.lazy(() =>
  z.discriminatedUnion('type', [
    TextNodeSchema,
    z.object({ type: z.literal('hardBreak') }).strict(),
    z
      .object({
        type: z.literal('heading'),
        attrs: z.object({ level: z.number().int().min(1).max(4) }).strict(),
        content: z.array(RichNodeSchema).max(10_000).optional(),
      })
      .strict(),
    z
      .object({
        type: z.literal('orderedList'),
        attrs: z
          .object({ start: z.number().int().min(0).max(100_000) })
          .partial()
          .strip()
          .optional(),
        content: z.array(RichNodeSchema).max(10_000).optional(),
      })
      .strict(),
    container('paragraph'),
    container('bulletList'),
    container('listItem'),
    container('blockquote'),
    // Preformatted text (a <pre>, an indented plain-text passage): its text nodes keep spaces, tabs and newlines.
    container('preformatted'),
    container('table', TABLE_LIMITS.rows),
    container('tableRow', TABLE_LIMITS.columns),
    container('tableCell'),
    container('tableHeader'),
  ]),
);

export const RichDocSchema = z
  .object({
    type: z.literal('doc'),
    content: z.array(RichNodeSchema).max(10_000),
  })
  .strict();
export type RichDoc = z.infer<typeof RichDocSchema>;

/** Plain text as rich text: one paragraph per line, empty lines dropped, so pasted or CLI text reads as written. */
export function richTextFromPlain(text: string): RichDoc {
  const paragraphs = text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.trimEnd())
    .filter((line) => line.trim().length > 0);
  return {
    type: 'doc',
    content: paragraphs.map((line) => ({ type: 'paragraph', content: [{ type: 'text', text: line }] })),
  };
}

/** The text of a rich document, blocks separated by newlines: for search, word counts and checks. */
export function plainTextOf(node: RichDoc | RichNode): string {
  if (node.type === 'text') return (node as RichNode).text ?? '';
  if (node.type === 'hardBreak') return '\n';
  const parts = (node.content ?? []).map((child) => plainTextOf(child));
  return parts.join(SEPARATORS[node.type] ?? '');
}

/** What stands between the texts of a node's children: blocks take a line each, a row's cells a tab. */
const SEPARATORS: Partial<Record<RichDoc['type'] | RichNode['type'], string>> = {
  doc: '\n',
  bulletList: '\n',
  orderedList: '\n',
  blockquote: '\n',
  listItem: '\n',
  table: '\n',
  tableRow: '\t',
  tableCell: ' ',
  tableHeader: ' ',
};

/** A table row as one line of text, its cells separated by " | ": how a table reads where no table can be drawn. */
export function tableRowText(row: RichNode): string {
  return (row.content ?? []).map((cell) => plainTextOf(cell).replace(/\s+/g, ' ').trim()).join(' | ');
}

export function isEmptyDoc(doc: RichDoc): boolean {
  return plainTextOf(doc).trim().length === 0;
}
