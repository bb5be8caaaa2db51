// A studio that closes one traject until it is killed (spawned by close-crash.test.ts, bundled by bundle-script.ts).
//
// argv: <vaultDir> <trajectId>; env PASSIE_PASSPHRASE. Loads, waits for a line on stdin (so loading does not count),
// unlocks, prints {"ready":true}, closes the traject and prints {"closed":true} once that call has resolved, then
// idles until killed. When a call fails it prints the method and error code and exits with code 3.
import { createInterface } from 'node:readline';
import { childStudio } from '../../../support/child-studio';

const [vaultDir, trajectId] = process.argv.slice(2);
const passphrase = process.env.PASSIE_PASSPHRASE;
if (!vaultDir || !trajectId || !passphrase) throw new Error('usage: close-child <vaultDir> <trajectId>');

const { say, call } = childStudio(vaultDir);

await new Promise((resolveGo) => createInterface({ input: process.stdin }).once('line', resolveGo));
await call('vault.unlock', { passphrase });
say({ ready: true });
await call('traject.close', { id: trajectId });
say({ closed: true });
setInterval(() => undefined, 60_000);
