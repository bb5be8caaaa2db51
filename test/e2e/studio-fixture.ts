import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { test as base, type BrowserContext } from '@playwright/test';
import { SESSION_PATH, SESSION_TOKEN_KEY, sessionResponseSchema } from '../../shared/api/browser-session';
import { CLI_BIN } from '../support/cli-bin';

export interface StudioHost {
  /**
   * The studio's address without a launch code: the test's pages already hold the session token (see `authorise`),
   * so any number of pages and reloads can open it. The launch code itself works once; first-screen.spec.ts opens
   * an address exactly as `serve` printed it.
   */
  url: string;
  origin: string;
  /** The session token the launch code was traded for, for calls past the screen. */
  token: string;
  vaultDir: string;
  /** The studio's address with a query string. */
  urlWith: (query: string) => string;
}

/** Starts the real browser host on a vault folder, as `npm start` does in browser mode; `url` is as printed. */
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

/** Trades the launch code of a printed address for the session token, as the page does on its first load. */
export async function tradeLaunchCode(launchUrl: string): Promise<string> {
  const url = new URL(launchUrl);
  const code = new URLSearchParams(url.hash.slice(1)).get('code');
  const response = await fetch(new URL(SESSION_PATH, url.origin), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ code }),
  });
  const body = (await response.json()) as { value?: unknown };
  return sessionResponseSchema.parse(body.value).token;
}

/** Gives every page of `context` on the studio's origin the session token, where a reload finds it. */
export async function authorise(context: BrowserContext, host: Pick<StudioHost, 'origin' | 'token'>): Promise<void> {
  // A string, not a function: this file is type-checked for Node, without the DOM's types.
  await context.addInitScript({
    content: `if (location.origin === ${JSON.stringify(host.origin)})
      sessionStorage.setItem(${JSON.stringify(SESSION_TOKEN_KEY)}, ${JSON.stringify(host.token)});`,
  });
}

/** The host behind a printed address, its code traded and its token given to the pages of `context`. */
export async function connectHost(context: BrowserContext, launchUrl: string, vaultDir: string): Promise<StudioHost> {
  const { origin } = new URL(launchUrl);
  const host = { url: `${origin}/`, origin, token: await tradeLaunchCode(launchUrl), vaultDir };
  await authorise(context, host);
  return { ...host, urlWith: (query) => `${origin}/?${query}` };
}

/** Stops a `serve` started by startServe, and waits until it has let go of the vault. */
export async function stopServe(child: ChildProcessWithoutNullStreams): Promise<void> {
  const exited = new Promise((resolveExit) => child.once('exit', resolveExit));
  child.kill('SIGINT');
  await exited;
}

export const test = base.extend<{ studio: StudioHost }>({
  studio: async ({ context }, use) => {
    const vaultDir = await mkdtemp(join(tmpdir(), 'passie-e2e-'));
    const { child, url } = await startServe(vaultDir);
    await use(await connectHost(context, url, vaultDir));
    await stopServe(child);
    await rm(vaultDir, { recursive: true, force: true });
  },
});

export { expect } from '@playwright/test';
