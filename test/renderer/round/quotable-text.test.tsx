// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { RichDocSchema } from '../../../shared/domain/rich-text';
import { RichText } from '../../../renderer/src/screens/round/RichText';
import { holdsTableOrPreformatted, quotableText } from '../../../renderer/src/screens/round/quotable-text';

afterEach(cleanup);

const paragraph = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });
const row = (type: string, ...cells: string[]) => ({
  type: 'tableRow',
  content: cells.map((text) => ({ type, content: [paragraph(text)] })),
});

describe('quoting a table or preformatted text', () => {
  it('quotes a table as lines of "cell | cell", between the paragraphs around it', () => {
    const doc = RichDocSchema.parse({
      type: 'doc',
      content: [
        paragraph('Mijn week:'),
        { type: 'table', content: [row('tableHeader', 'Taak', 'Uren'), row('tableCell', 'Roosters maken', '6')] },
        paragraph('Dat was het.'),
        { type: 'preformatted', content: [{ type: 'text', text: 'eerst\n    ingesprongen' }] },
      ],
    });
    const { container } = render(<RichText doc={doc} />);
    const range = document.createRange();
    range.selectNodeContents(container.firstChild!);
    const content = range.cloneContents();
    expect(holdsTableOrPreformatted(content)).toBe(true);
    expect(quotableText(content)).toBe(
      ['Mijn week:', 'Taak | Uren', 'Roosters maken | 6', 'Dat was het.', 'eerst', '    ingesprongen'].join('\n'),
    );
  });

  it('separates cells when the selection lies within one row', () => {
    const doc = RichDocSchema.parse({
      type: 'doc',
      content: [{ type: 'table', content: [row('tableCell', 'a', 'b', 'c')] }],
    });
    const { container } = render(<RichText doc={doc} />);
    const range = document.createRange();
    range.selectNodeContents(container.querySelector('tr')!);
    expect(quotableText(range.cloneContents())).toBe('a | b | c');
  });
});
