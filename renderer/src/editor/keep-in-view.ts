import type { EditorView } from '@tiptap/pm/view';

/** Room kept between the caret and whatever covers the pane's edge, so a line is never read half-hidden. */
const BREATHING_ROOM = 16;

/**
 * Marks an element that stays put over the editor's scrolling pane (a sticky toolbar at the top, the send bar at
 * the bottom). ProseMirror's own scrolling knows nothing of those and would leave the caret behind them.
 */
export const COVERS_EDITOR = 'data-covers-editor';

/** Found once per editor: this runs on every keystroke, and the pane around the editor does not change. */
const scrollers = new WeakMap<HTMLElement, HTMLElement | null>();

function scrollingAncestor(element: HTMLElement): HTMLElement | null {
  if (scrollers.has(element)) return scrollers.get(element)!;
  let found: HTMLElement | null = null;
  for (let node = element.parentElement; node && !found; node = node.parentElement) {
    const { overflowY } = getComputedStyle(node);
    if (overflowY === 'auto' || overflowY === 'scroll') found = node;
  }
  scrollers.set(element, found);
  return found;
}

/** The band of the pane the coach can actually read: its box less the bars that stay over it. */
function readableBand(scroller: HTMLElement): { top: number; bottom: number } {
  const box = scroller.getBoundingClientRect();
  let top = box.top;
  let bottom = box.bottom;
  for (const cover of scroller.querySelectorAll<HTMLElement>(`[${COVERS_EDITOR}]`)) {
    const rect = cover.getBoundingClientRect();
    if (rect.height === 0) continue;
    if (cover.getAttribute(COVERS_EDITOR) === 'top') top = Math.max(top, rect.bottom);
    else bottom = Math.min(bottom, rect.top);
  }
  return { top, bottom };
}

/**
 * Scrolls the pane so the caret is readable, and with `section` also that block's heading when heading and caret
 * fit together (a jump to a block or a quote into it should show which block the coach is in). Returns false when
 * there is nothing to scroll, so ProseMirror can fall back on its own behaviour.
 */
export function revealCaret(view: EditorView, section?: Element | null): boolean {
  // Not yet on the page: nothing to scroll, and no pane to remember.
  if (!view.dom.isConnected) return false;
  const scroller = scrollingAncestor(view.dom);
  if (!scroller) return false;
  const band = readableBand(scroller);
  const caret = view.coordsAtPos(view.state.selection.head);
  let wantedTop = caret.top;
  if (section) {
    const sectionTop = section.getBoundingClientRect().top;
    if (caret.bottom - sectionTop <= band.bottom - band.top - 2 * BREATHING_ROOM) wantedTop = sectionTop;
  }
  let shift = 0;
  if (caret.bottom > band.bottom - BREATHING_ROOM) shift = caret.bottom - (band.bottom - BREATHING_ROOM);
  if (wantedTop - shift < band.top + BREATHING_ROOM) shift = wantedTop - (band.top + BREATHING_ROOM);
  if (shift !== 0) scroller.scrollTop += shift;
  return true;
}
