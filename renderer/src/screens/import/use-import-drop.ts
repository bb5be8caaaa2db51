import { useEffect, useRef, useState, type DragEvent } from 'react';

/** The file types the import reads; the studio checks the content, this only steers the picker. */
export const IMPORT_ACCEPT = '.eml,.docx,.txt,.md,.markdown,.html,.htm,.passie,message/rfc822,text/plain,text/html';

const carriesFiles = (event: DragEvent) => event.dataTransfer?.types?.includes('Files') ?? false;

function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return (
    target.isContentEditable || target.closest('input, textarea, select, [contenteditable="true"], dialog') !== null
  );
}

interface ImportDropOptions {
  enabled: boolean;
  onFiles: (files: File[]) => void;
  /** Text or HTML pasted while no field has the focus. */
  onPaste: (data: DataTransfer) => void;
}

/**
 * Files dragged onto the element (the whole traject page), and Ctrl+V anywhere on the page outside a field: both
 * start an import. Returns whether files are being dragged over it, for the page to show where they go.
 */
export function useImportDrop({ enabled, onFiles, onPaste }: ImportDropOptions) {
  const [over, setOver] = useState(false);
  // dragenter and dragleave fire for every child crossed; the count says when the pointer really left.
  const depth = useRef(0);
  const latest = useRef({ onFiles, onPaste });
  useEffect(() => {
    latest.current = { onFiles, onPaste };
  });

  useEffect(() => {
    if (!enabled) return undefined;
    const paste = (event: ClipboardEvent) => {
      const data = event.clipboardData;
      if (!data || isEditable(event.target)) return;
      const files = [...data.files];
      if (files.length > 0) latest.current.onFiles(files);
      else if (data.getData('text/html').trim() || data.getData('text/plain').trim()) latest.current.onPaste(data);
      else return;
      event.preventDefault();
    };
    document.addEventListener('paste', paste);
    return () => document.removeEventListener('paste', paste);
  }, [enabled]);

  const reset = () => {
    depth.current = 0;
    setOver(false);
  };

  const dropProps = enabled
    ? {
        onDragEnter: (event: DragEvent) => {
          if (!carriesFiles(event)) return;
          event.preventDefault();
          depth.current += 1;
          setOver(true);
        },
        onDragOver: (event: DragEvent) => {
          if (!carriesFiles(event)) return;
          event.preventDefault();
          event.dataTransfer.dropEffect = 'copy';
        },
        onDragLeave: (event: DragEvent) => {
          if (!carriesFiles(event)) return;
          depth.current = Math.max(0, depth.current - 1);
          if (depth.current === 0) setOver(false);
        },
        onDrop: (event: DragEvent) => {
          if (!carriesFiles(event)) return;
          event.preventDefault();
          reset();
          const files = [...event.dataTransfer.files];
          if (files.length > 0) latest.current.onFiles(files);
        },
      }
    : {};

  return { over, dropProps };
}

/**
 * A file dropped anywhere else must not replace the studio with the file (what a browser does by default): outside
 * a drop zone, dropping files does nothing.
 */
export function usePreventFileNavigation(): void {
  useEffect(() => {
    const refuse = (event: globalThis.DragEvent) => {
      if (event.dataTransfer?.types?.includes('Files')) event.preventDefault();
    };
    window.addEventListener('dragover', refuse);
    window.addEventListener('drop', refuse);
    return () => {
      window.removeEventListener('dragover', refuse);
      window.removeEventListener('drop', refuse);
    };
  }, []);
}
