import { useEffect, useRef, type KeyboardEvent, type ReactNode, type RefObject } from 'react';
import { createPortal } from 'react-dom';

interface DialogProps {
  titleId: string;
  describedBy?: string;
  /** Escape, or the window's own cancel; the dialog closes when its owner stops rendering it. */
  onClose: () => void;
  /** What gets the focus when the dialog opens (else its first button). */
  initialFocus?: RefObject<HTMLElement | null>;
  className?: string;
  children: ReactNode;
}

const FOCUSABLE =
  'button:not([disabled]), [href], input:not([disabled]), select, textarea, [tabindex]:not([tabindex="-1"])';

/** Dialogs open now: while there is one, the studio's own tree is inert. */
let openDialogs = 0;

/**
 * The window behind a dialog is out of reach for everyone: `showModal()` blocks the mouse and the browser's own
 * focus order, and the `inert` attribute on the app's root says the same to assistive technology and to any tool
 * that reads the page (the dialogs live outside that root, in a portal on <body>).
 */
function holdWindowInert(): () => void {
  const root = document.getElementById('root');
  openDialogs += 1;
  if (root) root.inert = true;
  return () => {
    openDialogs -= 1;
    if (root && openDialogs === 0) root.inert = false;
  };
}

/**
 * A modal dialog: the native `<dialog>` shown with `showModal()` and the rest of the window inert, the focus kept
 * inside with Tab and Shift+Tab, Escape to close, and the focus back where it was when it closes.
 */
export function Dialog({ titleId, describedBy, onClose, initialFocus, className, children }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const onCloseRef = useRef(onClose);
  useEffect(() => {
    onCloseRef.current = onClose;
  });

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return undefined;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const releaseWindow = holdWindowInert();
    if (typeof dialog.showModal === 'function') {
      if (!dialog.open) dialog.showModal();
    } else {
      dialog.setAttribute('open', '');
    }
    (initialFocus?.current ?? dialog.querySelector<HTMLElement>(FOCUSABLE))?.focus();
    const onCancel = (event: Event) => {
      event.preventDefault();
      onCloseRef.current();
    };
    dialog.addEventListener('cancel', onCancel);
    return () => {
      dialog.removeEventListener('cancel', onCancel);
      if (typeof dialog.close === 'function' && dialog.open) dialog.close();
      releaseWindow();
      if (opener?.isConnected) opener.focus();
    };
  }, [initialFocus]);

  const onKeyDown = (event: KeyboardEvent<HTMLDialogElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onCloseRef.current();
      return;
    }
    if (event.key !== 'Tab') return;
    const focusable = [...event.currentTarget.querySelectorAll<HTMLElement>(FOCUSABLE)];
    const first = focusable[0];
    const last = focusable.at(-1);
    if (!first || !last) return;
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  };

  return createPortal(
    <dialog
      ref={ref}
      className={className ? `dialog ${className}` : 'dialog'}
      aria-modal="true"
      aria-labelledby={titleId}
      aria-describedby={describedBy}
      onKeyDown={onKeyDown}
    >
      {children}
    </dialog>,
    document.body,
  );
}
