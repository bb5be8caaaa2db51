import { execFile } from 'node:child_process';
import { CLI_BIN } from './cli-bin';
import { TEST_PASSPHRASE } from './temp-studio';

export interface CliRun {
  /** The exit code (-1 when the process was killed, e.g. by the timeout). */
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * The real `passie-studio` in its own process, as a coach's shell runs it: on the temp studio's vault, with HOME in
 * its temp folder, an English terminal and the passphrase in the environment (`env` overrides any of these; an empty
 * value takes one away). Stdin is closed, so a command that would prompt fails instead of waiting.
 */
export function runCli(
  studio: { vaultDir: string; root: string },
  args: string[],
  env: NodeJS.ProcessEnv = {},
  options: { timeoutMs?: number } = {},
): Promise<CliRun> {
  return new Promise((resolveRun) => {
    const child = execFile(
      process.execPath,
      [CLI_BIN, '--vault', studio.vaultDir, ...args],
      {
        env: {
          PATH: process.env.PATH,
          HOME: studio.root,
          LANG: 'en_GB.UTF-8',
          PASSIE_PASSPHRASE: TEST_PASSPHRASE,
          ...env,
        },
        timeout: options.timeoutMs ?? 60_000,
      },
      (error, stdout, stderr) =>
        resolveRun({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout, stderr }),
    );
    child.stdin?.end();
  });
}
