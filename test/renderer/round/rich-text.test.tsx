// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { RichDocSchema, type RichDoc } from '../../../shared/domain/rich-text';
import { RichText } from '../../../renderer/src/screens/round/RichText';

afterEach(cleanup);

const paragraph = (text: string) => ({ type: 'paragraph' as const, content: [{ type: 'text' as const, text }] });

const doc: RichDoc = RichDocSchema.parse({
  type: 'doc',
  content: [
    {
      type: 'table',
      content: [
        {
          type: 'tableRow',
          content: [
            { type: 'tableHeader', content: [paragraph('Taak')] },
            { type: 'tableHeader', content: [paragraph('Uren')] },
          ],
        },
        {
          type: 'tableRow',
          content: [{ type: 'tableCell', content: [paragraph('Roosters maken')] }, { type: 'tableCell' }],
        },
      ],
    },
    { type: 'preformatted', content: [{ type: 'text', text: 'eerst\n    ingesprongen' }] },
  ],
});

describe('RichText', () => {
  it('shows a table as a table: header cells, rows, empty cells kept', () => {
    render(<RichText doc={doc} />);
    const table = screen.getByRole('table');
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(2);
    expect(
      within(rows[0]!)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual(['Taak', 'Uren']);
    expect(
      within(rows[1]!)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['Roosters maken', '']);
  });

  it('shows preformatted text with its indentation and line breaks as written', () => {
    const { container } = render(<RichText doc={doc} />);
    const pre = container.querySelector('.rich-preformatted');
    expect(pre?.textContent).toBe('eerst\n    ingesprongen');
  });
});
