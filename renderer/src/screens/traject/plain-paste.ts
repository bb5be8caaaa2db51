const BLOCKS = new Set(['P', 'DIV', 'LI', 'BR', 'TR', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'PRE']);

/**
 * The text of pasted HTML, one line per block, for the rare clipboard that offers only HTML. Parsed into an inert
 * document (no scripts run, nothing loads) and read as text only: no markup reaches the form.
 */
export function plainTextOfHtml(html: string): string {
  const body = new DOMParser().parseFromString(html, 'text/html').body;
  let text = '';
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) text += node.textContent ?? '';
    const element = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : undefined;
    if (element && (element.tagName === 'SCRIPT' || element.tagName === 'STYLE')) return;
    node.childNodes.forEach(walk);
    if (element && BLOCKS.has(element.tagName)) text += '\n';
  };
  walk(body);
  return text
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
