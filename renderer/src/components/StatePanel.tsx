import type { ReactNode, Ref } from 'react';

export type PanelTone = 'accent' | 'success' | 'danger';

interface StatePanelProps {
  tone: PanelTone;
  icon: ReactNode;
  title: string;
  /** For an aria-labelledby around the panel. */
  titleId?: string;
  /** Focused when the panel replaces another, so keyboard and screen-reader users land on the new content. */
  headingRef: Ref<HTMLHeadingElement>;
  body: ReactNode;
  children?: ReactNode;
}

/** One state or step of a screen: an icon, a heading, a sentence, and what the coach can do next. */
export function StatePanel({ tone, icon, title, titleId, headingRef, body, children }: StatePanelProps) {
  return (
    <div className={`state-panel state-panel--${tone}`}>
      <div className="state-panel__badge">{icon}</div>
      <h2 className="state-panel__title" id={titleId} ref={headingRef} tabIndex={-1}>
        {title}
      </h2>
      {body}
      {children}
    </div>
  );
}
