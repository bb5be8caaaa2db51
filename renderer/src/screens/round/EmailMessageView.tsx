import DOMPurify from 'dompurify';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../shared/i18n/language';
import type { ReplyMessage } from '../../../../shared/email/reply-message';

/** Only what the composer writes: paragraphs, line breaks, headings, lists, quotes, emphasis and links. */
const ALLOWED_TAGS = [
  'div',
  'p',
  'br',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'li',
  'blockquote',
  'strong',
  'em',
  'u',
  'a',
];

/**
 * The e-mail as the client will read it: recipient, subject and the formatted text. The HTML comes from the shared
 * composer, which escapes every character of the client's and coach's words; it is sanitised once more all the
 * same, because it is shown as HTML here, and links are shown, never followed.
 */
export function EmailMessageView({ message, language }: { message: ReplyMessage; language: Language }) {
  const { t } = useTranslation();
  const html = useMemo(
    () =>
      DOMPurify.sanitize(message.html, {
        ALLOWED_TAGS,
        ALLOWED_ATTR: ['href', 'start'],
      }),
    [message.html],
  );
  return (
    <div className="email-view">
      <dl className="email-view__head">
        <div>
          <dt>{t('round.email.to')}</dt>
          <dd>{message.to || <span className="muted">{t('round.email.noAddress')}</span>}</dd>
        </div>
        <div>
          <dt>{t('round.email.subject')}</dt>
          <dd lang={language}>{message.subject}</dd>
        </div>
      </dl>
      <div
        className="email-view__body"
        lang={language}
        onClickCapture={(event) => {
          if ((event.target as HTMLElement).closest('a')) event.preventDefault();
        }}
        // Sanitised above; the composer escaped every text and attribute before that.
        dangerouslySetInnerHTML={{ __html: html }}
      />
    </div>
  );
}
