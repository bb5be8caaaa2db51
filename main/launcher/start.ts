import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import type { Language } from '../../shared/i18n/language';
import { CliFailure, type CliIo } from '../cli/cli-io';
import type { CliMessages } from '../cli/messages';
import { builtElectronMain, builtRendererDir, rendererSourceDirs, repoRoot } from '../platform/repo-paths';
import { withoutSecrets } from '../platform/child-env';
import { VAULT_ENV } from '../platform/vault-location';
import { isStale, runBuildScript } from './build-if-needed';
import { electronExecutable } from './electron-runtime';
import { serveStudio } from './serve';

export interface StartOptions {
  vaultDir: string;
  language: Language;
  text: CliMessages;
  io: CliIo;
  explicitVault?: string;
}

/**
 * `npm start`: builds what is out of date, then launches the Electron app when its runtime is installed and
 * the browser host in Chromium's app mode when it is not, saying in one line which it chose.
 */
export async function startStudio(options: StartOptions): Promise<void> {
  const { io, text } = options;
  buildIfStale(join(builtRendererDir, 'index.html'), rendererSourceDirs, 'build:renderer', options);

  const electron = electronExecutable();
  if (!electron) {
    io.err(`${text.modeBrowser(text.electronMissing)}\n`);
    await serveStudio({ ...options, port: 0, open: true, json: false });
    return;
  }

  buildIfStale(builtElectronMain, [join(repoRoot, 'main'), join(repoRoot, 'shared')], 'build:electron', options);
  io.err(`${text.modeElectron}\n`);
  const child = launchElectron(electron, options.vaultDir, io.env);
  const forward = (signal: NodeJS.Signals) => () => child.kill(signal);
  process.once('SIGINT', forward('SIGINT'));
  process.once('SIGTERM', forward('SIGTERM'));
  await new Promise<void>((resolveExit) => child.once('exit', () => resolveExit()));
}

/** Starts the desktop app (the Electron runtime at `electron`) on `vaultDir`. */
export function launchElectron(electron: string, vaultDir: string, env: NodeJS.ProcessEnv): ChildProcess {
  return spawn(electron, [repoRoot], { stdio: 'inherit', env: withoutSecrets(env, { [VAULT_ENV]: vaultDir }) });
}

function buildIfStale(output: string, sources: string[], script: string, options: StartOptions): void {
  if (!isStale(output, sources)) return;
  options.io.err(`${options.text.building}\n`);
  if (!runBuildScript(script)) throw new CliFailure(options.text.buildFailed);
}
