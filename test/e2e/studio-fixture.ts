import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { test as base } from '@playwright/test';
import { CLI_BIN } from '../support/cli-bin';

export interface StudioHost {
  /** The URL exactly as `passie-studio serve` printed it, token in the fragment. */
  url: string;
  origin: string;
  token: string;
  vaultDir: string;
  /** The same page with a query string, the token kept in the fragment. */
  urlWith: (query: string) => string;
}

/** Starts the real browser host on a fresh vault folder, as `npm start` does in browser mode. */
export async function startServe(vaultDir: string): Promise<{ child: ChildProcessWithoutNullStreams; url: string }> {
  const child = spawn(process.execPath, [CLI_BIN, '--vault', vaultDir, '--json', 'serve', '--no-open'], {
    env: { ...process.env, LANG: 'en_GB.UTF-8' },
  });
  const lines = createInterface({ input: child.stdout });
  const firstLine = await new Promise<string>((resolveLine, reject) => {
    const timer = setTimeout(() => reject(new Error('serve printed no URL within 20 s')), 20_000);
    lines.once('line', (line) => {
      clearTimeout(timer);
      resolveLine(line);
    });
    child.once('exit', (code) => reject(new Error(`serve exited with ${code}`)));
  });
  return { child, url: (JSON.parse(firstLine) as { url: string }).url };
}

export const test = base.extend<{ studio: StudioHost }>({
  // Playwright reads the fixtures a fixture needs from its destructuring pattern; this one needs none.
  // eslint-disable-next-line no-empty-pattern
  studio: async ({}, use) => {
    const vaultDir = await mkdtemp(join(tmpdir(), 'passie-e2e-'));
    const { child, url } = await startServe(vaultDir);
    const parsed = new URL(url);
    await use({
      url,
      origin: parsed.origin,
      token: parsed.hash.replace('#token=', ''),
      vaultDir,
      urlWith: (query) => `${parsed.origin}/?${query}${parsed.hash}`,
    });
    const exited = new Promise((resolveExit) => child.once('exit', resolveExit));
    child.kill('SIGINT');
    await exited;
    await rm(vaultDir, { recursive: true, force: true });
  },
});

export { expect } from '@playwright/test';
