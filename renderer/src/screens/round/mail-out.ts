import type { ExportedFile } from '../../../../shared/domain/export';
import { base64Bytes, followLink, saveFile } from '../../app/save-file';

/**
 * A mailto: link to the coach's mail program: in the desktop app through the main process (the window itself never
 * navigates), in the browser by following a link, which the browser hands to the mail program it knows.
 */
export async function openMailto(href: string): Promise<boolean> {
  const desktop = window.studioWindow?.openMailto;
  if (desktop) return (await desktop(href)).opened;
  followLink(href);
  return true;
}

/**
 * An .eml draft to the coach's mail program: the desktop app hands it over to open as a new message; the browser
 * downloads it, and the coach opens it from there (Outlook, Thunderbird and Apple Mail all open it as a draft).
 */
export async function handOverDraft(file: ExportedFile): Promise<'opened' | 'downloaded' | 'failed'> {
  const desktop = window.studioWindow?.openMailDraft;
  if (desktop) return (await desktop(file.fileName, file.base64)).opened ? 'opened' : 'failed';
  saveFile(base64Bytes(file.base64), file.fileName, 'message/rfc822');
  return 'downloaded';
}
