import type { EmailBody } from '../../../../shared/email/reply-body';

export type CopyOutcome = 'rich' | 'plain' | 'failed';

/**
 * Puts the reply on the clipboard with its formatting (text/html) and as plain text, for whatever the coach pastes
 * into. Where the browser allows no rich clipboard (no ClipboardItem, or the write is refused), plain text still goes.
 */
export async function copyReply(
  email: EmailBody,
  clipboard: Clipboard | undefined = navigator.clipboard,
): Promise<CopyOutcome> {
  if (!clipboard) return 'failed';
  if (typeof ClipboardItem === 'function' && typeof clipboard.write === 'function') {
    try {
      await clipboard.write([
        new ClipboardItem({
          'text/html': new Blob([email.html], { type: 'text/html' }),
          'text/plain': new Blob([email.text], { type: 'text/plain' }),
        }),
      ]);
      return 'rich';
    } catch {
      // Fall through to plain text.
    }
  }
  try {
    await clipboard.writeText(email.text);
    return 'plain';
  } catch {
    return 'failed';
  }
}
