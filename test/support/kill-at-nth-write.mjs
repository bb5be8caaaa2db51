// A preload (`node --import ./kill-at-nth-write.mjs child.ts`) that kills its own process with SIGKILL just before
// the Nth call that changes the disk (PASSIE_KILL_AT=N), counting between the child's `passieKiller.arm()` and
// `passieKiller.disarm()` (on globalThis). Counted: opening a file for writing, writing, fsync, rename, removal and
// mkdir, through node:fs/promises and its FileHandle (the calls the vault's atomic writes make). `passieKiller.calls`
// is the count so far, so a child that was not killed can say how many there were.
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';

const killAt = Number(process.env.PASSIE_KILL_AT ?? 0);
let armed = false;
const killer = {
  calls: 0,
  arm: () => (armed = true),
  disarm: () => (armed = false),
};
globalThis.passieKiller = killer;

function diskCall() {
  if (!armed) return;
  killer.calls += 1;
  if (killer.calls === killAt) process.kill(process.pid, 'SIGKILL');
}

const writes = (flags) => typeof flags === 'number' || /[wax+]/.test(String(flags ?? 'r'));

const promises = fs.promises;
for (const name of ['rename', 'rm', 'rmdir', 'unlink', 'mkdir', 'writeFile', 'appendFile', 'copyFile']) {
  const original = promises[name];
  promises[name] = function (...args) {
    diskCall();
    return original.apply(this, args);
  };
}
const open = promises.open;
promises.open = function (path, flags, ...rest) {
  if (writes(flags)) diskCall();
  return open.call(this, path, flags, ...rest);
};
// `import { rename } from 'node:fs/promises'` elsewhere now sees the counting versions.
syncBuiltinESMExports();

const probe = await open(import.meta.filename ?? new URL(import.meta.url).pathname, 'r');
const FileHandle = Object.getPrototypeOf(probe);
await probe.close();
for (const name of ['write', 'writev', 'writeFile', 'appendFile', 'sync', 'datasync', 'truncate']) {
  const original = FileHandle[name];
  FileHandle[name] = function (...args) {
    diskCall();
    return original.apply(this, args);
  };
}
