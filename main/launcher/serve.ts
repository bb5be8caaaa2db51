import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Language } from '../../shared/i18n/language';
import { CliFailure, type CliIo } from '../cli/cli-io';
import type { CliMessages } from '../cli/messages';
import { createStudio } from '../api/studio';
import { builtRendererDir } from '../platform/repo-paths';
import { appDataDir } from '../platform/vault-location';
import { startHost, type RunningHost } from '../host/server';
import { findChromium } from './find-chromium';

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
 * Runs the browser host until Ctrl+C (or the app window closes): prints the URL as the first line on stdout,
 * opens it in Chromium's app mode when asked, and shuts everything down cleanly.
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
    if (!options.json) io.err(`${text.stopHint}\n`);
  });

  if (browser && browser.exitCode === null) browser.kill('SIGTERM');
  await host.close();
  await studio.close();
  if (!options.json) io.err(`${text.stopped}\n`);
}

/** Opens the studio in Chromium's app mode with a profile of its own, so it is a window of its own. */
function openAppWindow(url: string, env: NodeJS.ProcessEnv): ChildProcess | undefined {
  const chromium = findChromium({ env });
  if (!chromium) return undefined;
  const profileDir = join(appDataDir(env), 'browser-profile');
  mkdirSync(profileDir, { recursive: true, mode: 0o700 });
  const args = [
    `--app=${url}`,
    `--user-data-dir=${profileDir}`,
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    // Chromium refuses to start as root without this; a root session is a container or CI, not a coach's laptop.
    ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
  ];
  const child = spawn(chromium, args, { stdio: 'ignore', detached: false });
  child.on('error', () => undefined);
  return child;
}
