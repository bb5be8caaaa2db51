// A studio that makes one backup, to be killed while it does (spawned by backup-crash.test.ts, bundled by
// ../../vault/support/bundle-script.ts).
//
// argv: <vaultDir> <backupDir>; env PASSIE_PASSPHRASE. Loads, then waits for a line on stdin (so loading overlaps
// the parent's work and only the backup itself is timed), unlocks, prints {"ready":true}, makes the backup and
// prints {"done":<report>}. A failed call prints {"error":<method>,"code":<code>} and exits with code 3.
import { createInterface } from 'node:readline';
import { createStudio } from '../../../../main/api/studio';
import type { ApiResult } from '../../../../shared/api/errors';

const [vaultDir, backupDir] = process.argv.slice(2);
const passphrase = process.env.PASSIE_PASSPHRASE;
if (!vaultDir || !backupDir || !passphrase) throw new Error('usage: backup-child <vaultDir> <backupDir>');

const studio = createStudio({ vaultDir, language: () => 'en' });

async function call<T>(method: string, request: unknown): Promise<T> {
  const result = (await studio.dispatch(method, request)) as ApiResult<T>;
  if (!result.ok) {
    process.stdout.write(`${JSON.stringify({ error: method, code: result.error.code })}\n`);
    process.exit(3);
  }
  return result.value;
}

await new Promise((resolveGo) => createInterface({ input: process.stdin }).once('line', resolveGo));
await call('vault.unlock', { passphrase });
process.stdout.write(`${JSON.stringify({ ready: true })}\n`);
const report = await call('backup.create', { folder: backupDir });
process.stdout.write(`${JSON.stringify({ done: report })}\n`);
await studio.close();
process.exit(0);
