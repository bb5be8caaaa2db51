/** Elements that stand on lines of their own in a quotation. */
const BLOCKS = new Set(['P', 'DIV', 'LI', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'UL', 'OL', 'TABLE', 'TR']);

/**
 * The text of selected answer content as the editor's quotation takes it (one paragraph per line). The editor
 * holds no tables, so a table's rows become lines with their cells separated by " | "; preformatted text keeps
 * its indentation. Other text reads as the browser would copy it.
 */
export function quotableText(content: Node): string {
  const lines: string[] = [''];
  const newLine = () => {
    if (lines.at(-1) !== '') lines.push('');
  };
  const append = (text: string) => {
    lines[lines.length - 1] += text;
  };
  const visit = (node: Node, preformatted: boolean) => {
    if (node.nodeType === Node.TEXT_NODE) {
      const text = node.nodeValue ?? '';
      if (!preformatted) {
        append(text.replace(/\s+/g, ' '));
        return;
      }
      text.split('\n').forEach((line, index) => {
        if (index > 0) lines.push('');
        append(line);
      });
      return;
    }
    if (!(node instanceof Element || node.nodeType === Node.DOCUMENT_FRAGMENT_NODE)) return;
    const element = node instanceof Element ? node : undefined;
    const tag = element?.tagName ?? '';
    if (tag === 'BR') {
      lines.push('');
      return;
    }
    const inPre = preformatted || (element?.classList.contains('rich-preformatted') ?? false) || tag === 'PRE';
    if (BLOCKS.has(tag) || inPre !== preformatted) newLine();
    let cell = 0;
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeName === 'TD' || child.nodeName === 'TH') {
        if (cell++ > 0) append(' | ');
        append(
          quotableText(child)
            .replace(/\s*\n\s*/g, ' ')
            .trim(),
        );
        continue;
      }
      visit(child, inPre);
    }
    if (BLOCKS.has(tag) || inPre !== preformatted) newLine();
  };
  visit(content, false);
  return lines
    .map((line) => line.replace(/\s+$/, ''))
    .join('\n')
    .replace(/^\n+|\s+$/g, '');
}

/** Whether selected content needs `quotableText` rather than the browser's own text of the selection. */
export function holdsTableOrPreformatted(content: DocumentFragment): boolean {
  return content.querySelector('table, tr, td, th, .rich-preformatted') !== null;
}
