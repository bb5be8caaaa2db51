import type { ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Language } from '../../shared/i18n/language';
import { CliFailure, type CliIo } from '../cli/cli-io';
import type { CliMessages } from '../cli/messages';
import { createStudio } from '../api/studio';
import { builtRendererDir } from '../platform/repo-paths';
import { startHost, type RunningHost } from '../host/server';
import { openAppWindow } from './app-window';

export interface ServeOptions {
  vaultDir: string;
  port: number;
  open: boolean;
  json: boolean;
  language: Language;
  text: CliMessages;
  io: CliIo;
}

/** A browser window that ran at least this long and then closed means the coach closed the studio. */
const WINDOW_CLOSED_AFTER_MS = 3000;

/**
 * Runs the browser host until Ctrl+C (or the app window closes): prints the URL, with its one-time launch code, as
 * the first line on stdout, opens it in Chromium's app mode when asked, and shuts everything down cleanly.
 */
export async function serveStudio(options: ServeOptions): Promise<void> {
  const { io, text } = options;
  if (!existsSync(join(builtRendererDir, 'index.html'))) throw new CliFailure(text.notBuilt);

  const studio = createStudio({
    vaultDir: options.vaultDir,
    language: () => options.language,
    followCoachLanguage: true,
  });
  let host: RunningHost;
  try {
    host = await startHost({
      dispatch: studio.dispatch,
      rendererDir: builtRendererDir,
      port: options.port,
      language: () => options.language,
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') throw new CliFailure(text.portInUse);
    throw error;
  }

  io.out(options.json ? `${JSON.stringify({ url: host.url })}\n` : `${host.url}\n`);

  let browser: ChildProcess | undefined;
  await new Promise<void>((resolveStop) => {
    const stop = () => resolveStop();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    if (options.open) {
      browser = openAppWindow(host.url, io.env);
      if (browser) {
        const openedAt = Date.now();
        browser.once('exit', () => {
          if (Date.now() - openedAt >= WINDOW_CLOSED_AFTER_MS) stop();
        });
      } else {
        io.err(`${text.noChromium}\n`);
      }
    }
    if (!options.json) {
      // The address carries a one-time launch code (main/host/session-gate.ts), which the coach should know.
      if (!browser) io.err(`${text.openAddressOnce}\n`);
      io.err(`${text.stopHint}\n`);
    }
  });

  if (browser && browser.exitCode === null) browser.kill('SIGTERM');
  await host.close();
  await studio.close();
  if (!options.json) io.err(`${text.stopped}\n`);
}
