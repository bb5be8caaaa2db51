import type { RichDoc } from '../../../shared/domain/rich-text';
import { plainTextOf } from '../../../shared/domain/rich-text';

/**
 * Text the coach typed (a note), shown as the paragraphs it was written in. Only text nodes are rendered, as
 * React text: whatever a note holds, it can never become markup.
 */
export function PlainParagraphs({ doc }: { doc: RichDoc }) {
  const lines = plainTextOf(doc)
    .split('\n')
    .filter((line) => line.trim() !== '');
  return (
    <div className="plain-paragraphs">
      {lines.map((line, index) => (
        <p key={index}>{line}</p>
      ))}
    </div>
  );
}
