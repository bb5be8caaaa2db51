import type { ReactNode } from 'react';
import type { RichDoc, RichNode } from '../../../../shared/domain/rich-text';

type HeadingTag = 'h4' | 'h5' | 'h6';

interface RichTextProps {
  doc: RichDoc;
  /** The tag for the text's own level-1 headings; deeper ones go one step down (never past h6). */
  headingTag?: HeadingTag;
  className?: string;
}

const DEEPER: Record<HeadingTag, HeadingTag> = { h4: 'h5', h5: 'h6', h6: 'h6' };

function marked(node: RichNode, key: number): ReactNode {
  // Plain text stays a plain text node: a long answer is mostly that, and needs no element per run.
  if (!node.marks?.length) return node.text ?? '';
  let content: ReactNode = node.text ?? '';
  let href: string | undefined;
  for (const mark of node.marks ?? []) {
    if (mark.type === 'bold') content = <strong>{content}</strong>;
    else if (mark.type === 'italic') content = <em>{content}</em>;
    else if (mark.type === 'underline') content = <u>{content}</u>;
    else if (mark.type === 'link') href = mark.attrs.href;
  }
  if (href === undefined) return <span key={key}>{content}</span>;
  // A link is shown with its address, never followed: the studio does not leave for the web from a client's text.
  return (
    <span key={key} className="rich-link">
      {content}
      {node.text?.trim() !== href && <span className="rich-link__address"> ({href})</span>}
    </span>
  );
}

function renderNodes(nodes: readonly RichNode[] | undefined, headingTag: HeadingTag): ReactNode[] {
  return (nodes ?? []).map((node, index) => renderNode(node, index, headingTag));
}

function renderNode(node: RichNode, key: number, headingTag: HeadingTag): ReactNode {
  const children = () => renderNodes(node.content, headingTag);
  switch (node.type) {
    case 'text':
      return marked(node, key);
    case 'hardBreak':
      return <br key={key} />;
    case 'paragraph':
      return <p key={key}>{children()}</p>;
    case 'heading': {
      const Tag = Number(node.attrs?.level ?? 1) > 1 ? DEEPER[headingTag] : headingTag;
      return <Tag key={key}>{children()}</Tag>;
    }
    case 'bulletList':
      return <ul key={key}>{children()}</ul>;
    case 'orderedList': {
      const start = Number(node.attrs?.start ?? 1);
      return (
        <ol key={key} start={Number.isInteger(start) ? start : undefined}>
          {children()}
        </ol>
      );
    }
    case 'listItem':
      return <li key={key}>{children()}</li>;
    case 'blockquote':
      return <blockquote key={key}>{children()}</blockquote>;
    case 'preformatted':
      // The client's own spacing and line breaks, in the text's font: indentation, not code.
      return (
        <p key={key} className="rich-preformatted">
          {children()}
        </p>
      );
    case 'table':
      // A wide table scrolls inside its own box, so the answer beside it keeps its width.
      return (
        <div key={key} className="rich-table" tabIndex={0}>
          <table>
            <tbody>{children()}</tbody>
          </table>
        </div>
      );
    case 'tableRow':
      return <tr key={key}>{children()}</tr>;
    case 'tableHeader':
      return <th key={key}>{children()}</th>;
    case 'tableCell':
      return <td key={key}>{children()}</td>;
  }
}

/**
 * Stored rich text (ProseMirror JSON, already validated by the shared schema) as React elements: the client's words
 * exactly as they arrived, read-only. Built from the JSON node by node, never through an HTML string.
 */
export function RichText({ doc, headingTag = 'h5', className }: RichTextProps) {
  return (
    <div className={className ? `rich-text ${className}` : 'rich-text'}>{renderNodes(doc.content, headingTag)}</div>
  );
}
