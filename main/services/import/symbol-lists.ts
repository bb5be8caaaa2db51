import type { DefaultTreeAdapterTypes, TreeAdapter, DefaultTreeAdapterMap } from 'parse5';

type Element = DefaultTreeAdapterTypes.Element;
type ChildNode = DefaultTreeAdapterTypes.ChildNode;
type Adapter = TreeAdapter<DefaultTreeAdapterMap>;

/** Deeper levels than this are put on the deepest one: the lists stay readable and the walker's nesting bounded. */
const MAX_LEVEL = 8;

/** A bullet or number typed before a paragraph's text, with the space after it (often no-break spaces). */
const TYPED_MARKER = /^[\s\u00a0]*([•·▪◦‣⁃–*-]|\d{1,3}[.)])[\s\u00a0]+(?=\S)/u;
const ORDERED_MARKER = /^(?:\d{1,3}|[a-zA-Z]|[ivxlcIVXLC]{1,6})[.)]$/;
const MSO_LEVEL = /mso-list:\s*l\d+\s+level(\d+)/i;
const MSO_MARKER = /mso-list:\s*ignore/i;
const MARGIN_LEFT = /margin-left:\s*(-?\d+(?:\.\d+)?)(pt|px|cm|mm|in)/i;
const POINTS: Record<string, number> = { pt: 1, px: 0.75, cm: 28.35, mm: 2.835, in: 72 };

interface ListParagraph {
  node: Element;
  level: number;
  ordered: boolean;
  start?: number;
}

const isElement = (node: ChildNode): node is Element => 'tagName' in node;
const attribute = (element: Element, name: string) =>
  element.attrs.find((candidate) => candidate.name === name)?.value ?? '';

/**
 * Paragraphs that only look like list items become real lists (<ul>/<ol> with <li>), in the parse tree, before
 * sanitising removes the attributes that tell them apart. Outlook writes every list this way: a paragraph whose
 * style says `mso-list:l0 level2` and whose marker ("·", "o", "§", "1.", "a)") sits in a span styled
 * `mso-list:Ignore`; other programs leave a typed "• " or "1. " at the start. Consecutive ones form one list,
 * nested by their Outlook level (or, without one, by their left margin).
 */
export function listsFromSymbolParagraphs(body: Element, adapter: Adapter): void {
  const stack: Element[] = [body];
  while (stack.length > 0) {
    const parent = stack.pop()!;
    let run: ListParagraph[] = [];
    for (const child of [...parent.childNodes]) {
      const item = isElement(child) ? listParagraph(child) : undefined;
      if (item) {
        run.push(item);
        continue;
      }
      if (isElement(child)) {
        stack.push(child);
      } else if (child.nodeName === '#text' && 'value' in child && child.value.trim() !== '') {
        replaceWithLists(parent, run, adapter);
        run = [];
        continue;
      } else {
        // Whitespace and Outlook's conditional comments between the items do not end the list.
        continue;
      }
      replaceWithLists(parent, run, adapter);
      run = [];
    }
    replaceWithLists(parent, run, adapter);
  }
}

function listParagraph(element: Element): ListParagraph | undefined {
  if (element.tagName !== 'p' && element.tagName !== 'div') return undefined;
  const style = attribute(element, 'style');
  const msoLevel = MSO_LEVEL.exec(style);
  const msoMarker = msoLevel ? findMsoMarker(element) : undefined;
  let marker: string;
  if (msoMarker) {
    marker = textOf(msoMarker).replace(/[\s\u00a0]+/gu, '');
    detach(msoMarker);
  } else {
    const first = firstText(element);
    const typed = first ? TYPED_MARKER.exec(first.value) : null;
    if (!first || !typed) return undefined;
    marker = typed[1] ?? '';
    first.value = first.value.slice(typed[0].length);
  }
  const ordered = ORDERED_MARKER.test(marker);
  const level = msoLevel ? Number(msoLevel[1]) : levelFromMargin(style);
  const number = /^\d+/.exec(marker)?.[0];
  return {
    node: element,
    level: Math.min(MAX_LEVEL, Math.max(1, level)),
    ordered,
    ...(ordered && number ? { start: Number(number) } : {}),
  };
}

/** 36 pt of left margin per level, Word's and Outlook's default indent. */
function levelFromMargin(style: string): number {
  const margin = MARGIN_LEFT.exec(style);
  if (!margin) return 1;
  const points = Number(margin[1]) * (POINTS[(margin[2] ?? 'pt').toLowerCase()] ?? 1);
  return 1 + Math.floor(Math.max(0, points - 18) / 36);
}

/** The span Outlook puts the marker in, among the paragraph's first few descendants. */
function findMsoMarker(element: Element): Element | undefined {
  const queue: Element[] = [element];
  for (let looked = 0; queue.length > 0 && looked < 40; looked++) {
    const current = queue.shift()!;
    for (const child of current.childNodes) {
      if (!isElement(child)) continue;
      if (child.tagName === 'span' && MSO_MARKER.test(attribute(child, 'style'))) return child;
      queue.push(child);
    }
  }
  return undefined;
}

function firstText(element: Element): DefaultTreeAdapterTypes.TextNode | undefined {
  let current: ChildNode | undefined = element.childNodes[0];
  for (let depth = 0; current && depth < 20; depth++) {
    if (current.nodeName === '#text' && 'value' in current) {
      if (current.value.trim() !== '' || current.value.includes('\u00a0')) return current;
      current = nextSibling(current);
    } else if (isElement(current)) {
      current = current.childNodes[0] ?? nextSibling(current);
    } else {
      current = nextSibling(current);
    }
  }
  return undefined;
}

function nextSibling(node: ChildNode): ChildNode | undefined {
  const siblings = node.parentNode?.childNodes ?? [];
  return siblings[siblings.indexOf(node) + 1];
}

function textOf(element: Element): string {
  return element.childNodes
    .map((child) => (isElement(child) ? textOf(child) : 'value' in child ? child.value : ''))
    .join('');
}

function detach(node: ChildNode): void {
  const parent = node.parentNode;
  if (!parent) return;
  parent.childNodes.splice(parent.childNodes.indexOf(node), 1);
  node.parentNode = null;
}

/** Puts the run's paragraphs into nested lists, where the first of them stood. */
function replaceWithLists(parent: Element, run: readonly ListParagraph[], adapter: Adapter): void {
  if (run.length === 0) return;
  const at = parent.childNodes.indexOf(run[0]!.node);
  const namespace = run[0]!.node.namespaceURI;
  const topLevel: Element[] = [];
  const open: { level: number; list: Element; ordered: boolean; item?: Element }[] = [];
  for (const paragraph of run) {
    while (open.length > 0 && open.at(-1)!.level > paragraph.level) open.pop();
    if (open.at(-1)?.level === paragraph.level && open.at(-1)?.ordered !== paragraph.ordered) open.pop();
    let list = open.at(-1);
    if (!list || list.level < paragraph.level) {
      const element = adapter.createElement(paragraph.ordered ? 'ol' : 'ul', namespace, []);
      if (paragraph.start !== undefined && paragraph.start !== 1) {
        element.attrs.push({ name: 'start', value: String(paragraph.start) });
      }
      if (list) adapter.appendChild(list.item ?? newItem(list, adapter), element);
      else topLevel.push(element);
      list = { level: paragraph.level, list: element, ordered: paragraph.ordered };
      open.push(list);
    }
    const item = newItem(list, adapter);
    detach(paragraph.node);
    adapter.appendChild(item, paragraph.node);
  }
  for (const list of topLevel) list.parentNode = parent;
  parent.childNodes.splice(at, 0, ...topLevel);
}

function newItem(list: { list: Element; item?: Element }, adapter: Adapter): Element {
  const item = adapter.createElement('li', list.list.namespaceURI, []);
  adapter.appendChild(list.list, item);
  list.item = item;
  return item;
}
