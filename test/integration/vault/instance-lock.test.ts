import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acquireInstanceLock } from '../../../main/services/vault/instance-lock';
import { errorCodeOf } from '../../support/error-code';
import { bundleScript } from './support/bundle-script';

let root: string;
let script: string;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'passie-lock-'));
  await mkdir(join(root, 'bundle'));
  script = await bundleScript(join(import.meta.dirname, 'support/lock-holder.ts'), join(root, 'bundle'), []);
}, 60_000);

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

/** Starts a process that takes the lock, and resolves once it holds it. */
function holder(vaultDir: string) {
  const child = spawn(process.execPath, [script, vaultDir], { stdio: ['ignore', 'pipe', 'inherit'] });
  const locked = new Promise<void>((resolveLocked, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('locked')) resolveLocked();
    });
    child.once('exit', () => reject(new Error('the lock holder ended before it held the lock')));
  });
  const exited = new Promise<void>((resolveExit) => child.once('exit', () => resolveExit()));
  return { child, locked, exited };
}

describe('the instance lock', () => {
  it('refuses a vault a living studio holds, and takes it over at once when that studio was killed', async () => {
    const vaultDir = join(root, 'vault');
    const running = holder(vaultDir);
    await running.locked;
    expect(await errorCodeOf(acquireInstanceLock(vaultDir, { staleMs: 60_000 }))).toBe('vault_in_use');
    running.child.kill('SIGKILL');
    await running.exited;
    // The lock is far from stale (60 s), yet its holder is known to be gone.
    const release = await acquireInstanceLock(vaultDir, { staleMs: 60_000 });
    await release();
  }, 60_000);
});
