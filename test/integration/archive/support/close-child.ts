// A studio that closes one traject until it is killed (spawned by close-crash.test.ts, bundled by bundle-script.ts).
//
// argv: <vaultDir> <trajectId>; env PASSIE_PASSPHRASE. Loads, waits for a line on stdin (so loading does not count),
// unlocks, prints {"ready":true}, closes the traject and prints {"closed":true} once that call has resolved, then
// idles until killed. When a call fails it prints the method and error code and exits with code 3.
import { createInterface } from 'node:readline';
import { createStudio } from '../../../../main/api/studio';

const [vaultDir, trajectId] = process.argv.slice(2);
const passphrase = process.env.PASSIE_PASSPHRASE;
if (!vaultDir || !trajectId || !passphrase) throw new Error('usage: close-child <vaultDir> <trajectId>');

const studio = createStudio({
  vaultDir,
  language: () => 'en',
  // Only the error's kind and stack (no content) goes to stderr, for the parent's failure message.
  onUnexpectedError: (method, error) =>
    process.stderr.write(`${method}: ${(error as Error)?.stack ?? String(error)}\n`),
});

async function call(method: string, request: unknown): Promise<void> {
  const result = await studio.dispatch(method, request);
  if (!result.ok) {
    process.stdout.write(`${JSON.stringify({ error: method, code: result.error.code })}\n`);
    process.exit(3);
  }
}

await new Promise((resolveGo) => createInterface({ input: process.stdin }).once('line', resolveGo));
await call('vault.unlock', { passphrase });
process.stdout.write(`${JSON.stringify({ ready: true })}\n`);
await call('traject.close', { id: trajectId });
process.stdout.write(`${JSON.stringify({ closed: true })}\n`);
setInterval(() => undefined, 60_000);
