import type { ReactNode } from 'react';

/** Toolbar icons; the button's own text names the action, so they are hidden from assistive technology. */
function Icon({ children }: { children: ReactNode }) {
  return (
    <svg
      className="icon"
      width="20"
      height="20"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.9"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {children}
    </svg>
  );
}

export function BoldIcon() {
  return (
    <Icon>
      <path d="M7 5h6a3.5 3.5 0 0 1 0 7H7z" />
      <path d="M7 12h7a3.5 3.5 0 0 1 0 7H7z" />
    </Icon>
  );
}

export function ItalicIcon() {
  return (
    <Icon>
      <path d="M14.5 5H10" />
      <path d="M14 19H9.5" />
      <path d="m13.5 5-3 14" />
    </Icon>
  );
}

export function UnderlineIcon() {
  return (
    <Icon>
      <path d="M7 4.5V11a5 5 0 0 0 10 0V4.5" />
      <path d="M5.5 20h13" />
    </Icon>
  );
}

export function BulletListIcon() {
  return (
    <Icon>
      <path d="M10 6.5h10" />
      <path d="M10 12h10" />
      <path d="M10 17.5h10" />
      <circle cx="5" cy="6.5" r="0.9" fill="currentColor" />
      <circle cx="5" cy="12" r="0.9" fill="currentColor" />
      <circle cx="5" cy="17.5" r="0.9" fill="currentColor" />
    </Icon>
  );
}

export function OrderedListIcon() {
  return (
    <Icon>
      <path d="M10.5 6.5h9.5" />
      <path d="M10.5 12h9.5" />
      <path d="M10.5 17.5h9.5" />
      <path d="M4.5 5.25 5.75 4.5v4" />
      <path d="M4.5 11.25a1.25 1.25 0 1 1 2.2.8L4.5 14.5h2.5" />
    </Icon>
  );
}

export function QuoteIcon() {
  return (
    <Icon>
      <path d="M5 19.5v-15" />
      <path d="M10 7.5h9" />
      <path d="M10 12h9" />
      <path d="M10 16.5h6" />
    </Icon>
  );
}

export function UndoIcon() {
  return (
    <Icon>
      <path d="M9 14 4.5 9.5 9 5" />
      <path d="M4.5 9.5H15a4.5 4.5 0 0 1 0 9h-3" />
    </Icon>
  );
}

export function RedoIcon() {
  return (
    <Icon>
      <path d="m15 14 4.5-4.5L15 5" />
      <path d="M19.5 9.5H9a4.5 4.5 0 0 0 0 9h3" />
    </Icon>
  );
}

export function PhrasesIcon() {
  return (
    <Icon>
      <path d="M5 5.5h14a1.5 1.5 0 0 1 1.5 1.5v8a1.5 1.5 0 0 1-1.5 1.5h-7L8 20v-3.5H5A1.5 1.5 0 0 1 3.5 15V7A1.5 1.5 0 0 1 5 5.5Z" />
      <path d="M8 10h8" />
      <path d="M8 13h5" />
    </Icon>
  );
}
