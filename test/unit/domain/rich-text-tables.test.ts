import { describe, expect, it } from 'vitest';
import { emptyReplyBlocks } from '../../../shared/domain/passie';
import { plainTextOf, RichDocSchema, TABLE_LIMITS, type RichDoc } from '../../../shared/domain/rich-text';
import { replyBody } from '../../../shared/email/reply-body';
import { sanitizeBlocks } from '../../../renderer/src/editor/rich-content';

const cell = (type: 'tableCell' | 'tableHeader', text: string) => ({
  type,
  content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
});

const doc = RichDocSchema.parse({
  type: 'doc',
  content: [
    {
      type: 'table',
      content: [
        { type: 'tableRow', content: [cell('tableHeader', 'Taak'), cell('tableHeader', 'Uren')] },
        { type: 'tableRow', content: [cell('tableCell', 'Roosters <maken>'), cell('tableCell', '6')] },
      ],
    },
    { type: 'preformatted', content: [{ type: 'text', text: 'eerst\n    ingesprongen' }] },
  ],
}) as RichDoc;

describe('tables and preformatted text wherever rich text is read', () => {
  it('bounds a table: rows and cells per row', () => {
    const row = { type: 'tableRow', content: [cell('tableCell', 'x')] };
    const tooLong = { type: 'doc', content: [{ type: 'table', content: Array(TABLE_LIMITS.rows + 1).fill(row) }] };
    expect(RichDocSchema.safeParse(tooLong).success).toBe(false);
    const wide = { type: 'tableRow', content: Array(TABLE_LIMITS.columns + 1).fill(cell('tableCell', 'x')) };
    expect(RichDocSchema.safeParse({ type: 'doc', content: [{ type: 'table', content: [wide] }] }).success).toBe(false);
  });

  it('gives search and word counts the cells apart, and the preformatted text as written', () => {
    expect(plainTextOf(doc)).toBe('Taak\tUren\nRoosters <maken>\t6\neerst\n    ingesprongen');
  });

  it('writes a table and preformatted text into an e-mail, escaped, and as lines in its plain text', () => {
    const blocks = emptyReplyBlocks();
    blocks.p_open = doc;
    const body = replyBody(blocks);
    expect(body.html).toContain('<th><p>Taak</p></th>');
    expect(body.html).toContain('<td><p>Roosters &lt;maken&gt;</p></td>');
    expect(body.html).toContain('<p style="white-space:pre-wrap">eerst\n    ingesprongen</p>');
    expect(body.text).toBe('Taak | Uren\nRoosters <maken> | 6\n\neerst\n    ingesprongen');
  });

  it('puts a table into the editor as lines of "cell | cell", preformatted text as lines keeping their indent', () => {
    expect(sanitizeBlocks(doc.content)).toEqual([
      { type: 'paragraph', content: [{ type: 'text', text: 'Taak | Uren' }] },
      { type: 'paragraph', content: [{ type: 'text', text: 'Roosters <maken> | 6' }] },
      {
        type: 'paragraph',
        content: [{ type: 'text', text: 'eerst' }, { type: 'hardBreak' }, { type: 'text', text: '    ingesprongen' }],
      },
    ]);
  });
});
