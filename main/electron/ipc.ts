import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import { methodNames } from '../../shared/api/contract';
import type { ApiResult } from '../../shared/api/errors';
import { errorMessage } from '../../shared/i18n/error-messages';
import { type Language } from '../../shared/i18n/language';
import type { Dispatch } from '../api/dispatcher';
import { isStudioUrl } from './app-origin';
import { channelFor } from './channels';

export interface StudioIpcOptions {
  ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>;
  dispatch: Dispatch;
  /** The studio window's contents, the only sender allowed to call the API (undefined while there is none). */
  trustedContents: () => WebContents | undefined;
  language: () => Language;
}

/** True for frames showing the studio's own pages; a frame that navigated elsewhere has lost the right to call. */
export function isTrustedSenderUrl(url: string | undefined | null): boolean {
  return isStudioUrl(url);
}

export function isTrustedSender(event: IpcMainInvokeEvent, trusted: WebContents | undefined): boolean {
  if (!trusted || trusted.isDestroyed() || event.sender.id !== trusted.id) return false;
  // senderFrame is null once the frame has navigated away or gone, which must count as untrusted.
  return isTrustedSenderUrl(event.senderFrame?.url);
}

/**
 * One ipcMain handler per contract method, on the channel derived from its name. The method comes from the
 * channel, never from the renderer's payload; the payload is validated by the dispatcher. Returns an undo.
 */
export function bindStudioIpc(options: StudioIpcOptions): () => void {
  const forbidden = (): ApiResult<never> => ({
    ok: false,
    error: { code: 'forbidden_origin', message: errorMessage('forbidden_origin', options.language()) },
  });

  for (const method of methodNames) {
    options.ipcMain.handle(channelFor(method), async (event, request: unknown) => {
      if (!isTrustedSender(event, options.trustedContents())) return forbidden();
      return options.dispatch(method, request);
    });
  }
  return () => {
    for (const method of methodNames) options.ipcMain.removeHandler(channelFor(method));
  };
}
