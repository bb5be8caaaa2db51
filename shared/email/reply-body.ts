import { PASSIE_KEYS, PASSIE_LETTERS, type PassieKey, type ReplyBlocks } from '../domain/passie';
import { isEmptyDoc, tableRowText, type RichDoc, type RichNode } from '../domain/rich-text';

/** A reply as an e-mail body: HTML for mail programs that take formatting, plain text for the rest. */
export interface EmailBody {
  html: string;
  text: string;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Every character that means something in HTML, escaped: text and attribute values only ever go in this way. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ESCAPES[character]!);
}

type Mark = NonNullable<RichNode['marks']>[number];

function markedHtml(text: string, marks: readonly Mark[] | undefined): string {
  let html = escapeHtml(text);
  // Innermost first, so the link (sorted first in stored JSON) ends up outermost.
  for (const mark of [...(marks ?? [])].reverse()) {
    if (mark.type === 'bold') html = `<strong>${html}</strong>`;
    else if (mark.type === 'italic') html = `<em>${html}</em>`;
    else if (mark.type === 'underline') html = `<u>${html}</u>`;
    // The address was checked against the shared schema (http, https, mailto only) and is escaped here too.
    else if (mark.type === 'link') html = `<a href="${escapeHtml(mark.attrs.href)}">${html}</a>`;
  }
  return html;
}

function nodeHtml(node: RichNode): string {
  const inner = () => (node.content ?? []).map(nodeHtml).join('');
  switch (node.type) {
    case 'text':
      return markedHtml(node.text ?? '', node.marks);
    case 'hardBreak':
      return '<br>';
    case 'paragraph':
      return `<p>${inner()}</p>`;
    case 'heading': {
      // Block headings are h3 in the mail; headings the coach wrote sit one level below.
      const level = Math.min(6, 3 + Number(node.attrs?.level ?? 1));
      return `<h${level}>${inner()}</h${level}>`;
    }
    case 'bulletList':
      return `<ul>${inner()}</ul>`;
    case 'orderedList': {
      const start = Number(node.attrs?.start ?? 1);
      return Number.isInteger(start) && start !== 1 ? `<ol start="${start}">${inner()}</ol>` : `<ol>${inner()}</ol>`;
    }
    case 'listItem':
      return `<li>${inner()}</li>`;
    case 'blockquote':
      return `<blockquote>${inner()}</blockquote>`;
    case 'preformatted':
      return `<p style="white-space:pre-wrap">${escapeHtml(inlineText(node))}</p>`;
    case 'table':
      return `<table border="1" cellpadding="4" style="border-collapse:collapse">${inner()}</table>`;
    case 'tableRow':
      return `<tr>${inner()}</tr>`;
    case 'tableCell':
      return `<td>${inner()}</td>`;
    case 'tableHeader':
      return `<th>${inner()}</th>`;
  }
}

function inlineText(node: RichNode): string {
  if (node.type === 'text') return node.text ?? '';
  if (node.type === 'hardBreak') return '\n';
  return (node.content ?? []).map(inlineText).join('');
}

/** Plain-text lines of a block: paragraphs apart by a blank line, "- " and "1. " for lists, "> " for quotes. */
function nodeLines(node: RichNode): string[][] {
  switch (node.type) {
    case 'paragraph':
    case 'heading':
      return [inlineText(node).split('\n')];
    case 'blockquote':
      return (node.content ?? []).flatMap(nodeLines).map((lines) => lines.map((line) => `> ${line}`));
    case 'bulletList':
    case 'orderedList': {
      const start = node.type === 'orderedList' ? Number(node.attrs?.start ?? 1) || 1 : 0;
      const items = (node.content ?? []).map((item, index) => {
        const marker = node.type === 'orderedList' ? `${start + index}. ` : '- ';
        const lines = (item.content ?? []).flatMap(nodeLines).flat();
        return lines.map((line, at) => (at === 0 ? marker : ' '.repeat(marker.length)) + line);
      });
      return [items.flat()];
    }
    case 'preformatted':
      return [inlineText(node).split('\n')];
    case 'table':
      return [(node.content ?? []).map((row) => tableRowText(row))];
    default:
      return [inlineText(node).split('\n')];
  }
}

function blockText(doc: RichDoc): string {
  return doc.content
    .flatMap(nodeLines)
    .map((lines) => lines.join('\n'))
    .join('\n\n');
}

/**
 * The written blocks in PASSIE order as one flowing text, empty blocks left out; with `heading`, each block under
 * its heading ("P — Positief benoemen"), as the coach may choose for a client who likes to see the structure.
 */
export function replyBody(blocks: ReplyBlocks, heading?: (key: PassieKey, letter: string) => string): EmailBody {
  const written = PASSIE_KEYS.filter((key) => !isEmptyDoc(blocks[key]));
  const title = (key: PassieKey) => (heading ? heading(key, PASSIE_LETTERS[key]) : undefined);
  const html = written
    .map((key) => {
      const text = title(key);
      return `${text === undefined ? '' : `<h3>${escapeHtml(text)}</h3>`}${blocks[key].content.map(nodeHtml).join('')}`;
    })
    .join('');
  const text = written
    .map((key) => {
      const headingText = title(key);
      return `${headingText === undefined ? '' : `${headingText}\n\n`}${blockText(blocks[key])}`;
    })
    .join('\n\n');
  return { html, text };
}
