import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The right pane's frame: its bar with the heading and the scrolling body. Apart from ReplyPane (which brings the
 * reply editor) so the archive's read-only split view uses the same pane without the editor.
 */
export function ReplyPaneFrame({ actions, children }: { actions?: ReactNode; children: ReactNode }) {
  const { t } = useTranslation();
  const titleId = useId();
  return (
    <section className="reply-pane" aria-labelledby={titleId}>
      <div className="pane-bar">
        <h3 className="pane-bar__title" id={titleId}>
          {t('round.reply.heading')}
        </h3>
        {actions}
      </div>
      <div className="reply-pane__scroll">{children}</div>
    </section>
  );
}
