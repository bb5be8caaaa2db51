import { useEffect, useState, type RefObject } from 'react';
import { holdsTableOrPreformatted, quotableText } from './quotable-text';

/** Selected answer text and where, inside the scrolling pane, to offer "Citeer in…" for it. */
export interface SelectionAnchor {
  text: string;
  top: number;
  left: number;
}

/** Room kept for the floating button on the right of the pane. */
const BUTTON_ROOM = 160;

/** The text selected inside `container`, trimmed; empty when the selection is elsewhere or collapsed. */
export function selectedTextIn(container: HTMLElement | null): string {
  const selection = document.getSelection();
  if (!container || !selection || selection.isCollapsed || selection.rangeCount === 0) return '';
  const range = selection.getRangeAt(0);
  if (!container.contains(range.commonAncestorContainer)) return '';
  const content = range.cloneContents();
  return holdsTableOrPreformatted(content) ? quotableText(content) : selection.toString().trim();
}

function anchorFor(scroller: HTMLElement, container: HTMLElement): SelectionAnchor | null {
  const text = selectedTextIn(container);
  if (!text) return null;
  const range = document.getSelection()!.getRangeAt(0);
  const rects = range.getClientRects();
  const end = rects.length > 0 ? rects[rects.length - 1]! : range.getBoundingClientRect();
  const box = scroller.getBoundingClientRect();
  const top = Math.round(end.bottom - box.top + scroller.scrollTop + 6);
  const left = Math.round(Math.min(Math.max(8, end.right - box.left - 24), Math.max(8, box.width - BUTTON_ROOM)));
  return { text, top, left };
}

/**
 * Follows the document's selection and reports a selection inside `container` (the answers), positioned relative to
 * `scroller` (the pane that scrolls them). Selection changes, which also fire for every keystroke in the editor,
 * are looked at once per frame and only change state when the answer changes.
 */
export function useAnswerSelection(
  scroller: RefObject<HTMLElement | null>,
  container: RefObject<HTMLElement | null>,
): SelectionAnchor | null {
  const [anchor, setAnchor] = useState<SelectionAnchor | null>(null);

  useEffect(() => {
    let frame: number | null = null;
    const measure = () => {
      frame = null;
      const next = scroller.current && container.current ? anchorFor(scroller.current, container.current) : null;
      setAnchor((current) => {
        if (next === null || current === null) return next === current ? current : next;
        return next.text === current.text && next.top === current.top && next.left === current.left ? current : next;
      });
    };
    const onSelectionChange = () => {
      if (frame === null) frame = requestAnimationFrame(measure);
    };
    document.addEventListener('selectionchange', onSelectionChange);
    return () => {
      document.removeEventListener('selectionchange', onSelectionChange);
      if (frame !== null) cancelAnimationFrame(frame);
    };
  }, [scroller, container]);

  return anchor;
}
