import { rmSync } from 'node:fs';
import { chmod, mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { IpcMain, IpcMainInvokeEvent, Shell, WebContents } from 'electron';
import * as z from 'zod';
import { OPEN_MAIL_DRAFT_CHANNEL, OPEN_MAILTO_CHANNEL } from './channels';
import { isTrustedSender } from './ipc';

/** What the page learns: whether the system took the draft or link. Never a path. */
export interface MailOpened {
  opened: boolean;
}

/** A draft is a reply, its signed PDF and perhaps a packet page: far below this. */
export const MAIL_DRAFT_MAX_BYTES = 30 * 1024 * 1024;
/** Longer mailto: links are cut off by mail programs on Windows; the page leaves the body out before this. */
export const MAILTO_MAX_CHARS = 2_000;
/** How long a handed-over draft stays on disk: the mail program has read it long before. */
export const MAIL_DRAFT_LIFETIME_MS = 60 * 60 * 1000;

const FOLDER_PREFIX = 'passie-mail-';

/** As reply.emailDraft names drafts: ASCII, no folders, no leading dot, ending in .eml. */
const DraftSchema = z.tuple([
  z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,150}\.eml$/),
  // Four characters for every three bytes: at most MAIL_DRAFT_MAX_BYTES decoded.
  z
    .base64()
    .min(1)
    .max(Math.ceil(MAIL_DRAFT_MAX_BYTES / 3) * 4),
]);

const MailtoSchema = z
  .string()
  .max(MAILTO_MAX_CHARS)
  .transform((href, context) => {
    const url = URL.canParse(href) ? new URL(href) : undefined;
    if (url?.protocol !== 'mailto:') {
      context.addIssue({ code: 'custom', message: 'not a mailto: URL' });
      return z.NEVER;
    }
    return url.href;
  });

export interface MailHandoffOptions {
  ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>;
  shell: Pick<Shell, 'openPath' | 'openExternal'>;
  /** The studio window's contents, the only sender that may hand mail over. */
  trustedContents: () => WebContents | undefined;
  /** For tests: where the private folder is made (the system's temp folder otherwise). */
  tempDir?: string;
  lifetimeMs?: number;
  now?: () => number;
}

export interface MailHandoff {
  /** Removes the handlers. */
  unbind: () => void;
  /** Removes every draft handed over in this run; at quit, so it is synchronous. */
  removeDrafts: () => void;
}

/**
 * "Open als concept" and "Open in e-mailprogramma" in the desktop app (`studioWindow.openMailDraft`, `openMailto`).
 * The draft is the one place a decrypted reply is written outside the vault by the app itself: the coach hands it to
 * another program, which can only open a file. It goes into a folder only this user can read (mkdtemp, 0700), is
 * removed an hour later or at quit, and a folder a crash left behind is removed at the next start.
 */
export function bindMailHandoff(options: MailHandoffOptions): MailHandoff {
  const tempDir = options.tempDir ?? tmpdir();
  const lifetimeMs = options.lifetimeMs ?? MAIL_DRAFT_LIFETIME_MS;
  const now = options.now ?? Date.now;
  let folder: string | undefined;
  let making: Promise<string> | undefined;
  /** This run's private folder, made with the first draft: mkdtemp makes it 0700, which is said once more. */
  const privateFolder = () =>
    (making ??= mkdtemp(join(tempDir, FOLDER_PREFIX)).then(
      async (path) => {
        folder = path;
        await chmod(path, 0o700);
        return path;
      },
      (error: unknown) => {
        making = undefined;
        throw error;
      },
    ));
  const timers = new Set<NodeJS.Timeout>();
  const trusted = (event: IpcMainInvokeEvent) => isTrustedSender(event, options.trustedContents());

  void removeStale(tempDir, now() - lifetimeMs);

  options.ipcMain.handle(
    OPEN_MAIL_DRAFT_CHANNEL,
    async (event: IpcMainInvokeEvent, fileName: unknown, base64: unknown): Promise<MailOpened> => {
      const parsed = DraftSchema.safeParse([fileName, base64]);
      if (!trusted(event) || !parsed.success) return { opened: false };
      const [name, content] = parsed.data;
      try {
        // A folder of its own per draft: the same name twice never overwrites a file a mail program has open.
        const draftFolder = await mkdtemp(join(await privateFolder(), 'draft-'));
        const path = join(draftFolder, name);
        await writeFile(path, Buffer.from(content, 'base64'), { mode: 0o600, flag: 'wx' });
        const timer = setTimeout(() => {
          timers.delete(timer);
          void rm(draftFolder, { recursive: true, force: true }).catch(() => undefined);
        }, lifetimeMs);
        timer.unref();
        timers.add(timer);
        // openPath answers an error message, or '' when the system's program for .eml took the file.
        return { opened: (await options.shell.openPath(path)) === '' };
      } catch {
        return { opened: false };
      }
    },
  );

  options.ipcMain.handle(OPEN_MAILTO_CHANNEL, async (event: IpcMainInvokeEvent, href: unknown): Promise<MailOpened> => {
    const parsed = MailtoSchema.safeParse(href);
    if (!trusted(event) || !parsed.success) return { opened: false };
    try {
      await options.shell.openExternal(parsed.data);
      return { opened: true };
    } catch {
      return { opened: false };
    }
  });

  return {
    unbind: () => {
      options.ipcMain.removeHandler(OPEN_MAIL_DRAFT_CHANNEL);
      options.ipcMain.removeHandler(OPEN_MAILTO_CHANNEL);
    },
    removeDrafts: () => {
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      if (folder) rmSync(folder, { recursive: true, force: true });
      folder = undefined;
      making = undefined;
    },
  };
}

/** Draft folders of an earlier run (a crash, a forced quit) older than a draft's lifetime. */
async function removeStale(tempDir: string, before: number): Promise<void> {
  const names = await readdir(tempDir).catch(() => [] as string[]);
  for (const name of names.filter((candidate) => candidate.startsWith(FOLDER_PREFIX))) {
    const path = join(tempDir, name);
    const info = await stat(path).catch(() => undefined);
    // Only this user's folders can be removed anyway; another user's stay as they are.
    if (info?.isDirectory() && info.mtimeMs < before) await rm(path, { recursive: true, force: true }).catch(() => {});
  }
}
