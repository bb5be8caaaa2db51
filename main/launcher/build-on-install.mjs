// postinstall, after fetch-electron.mjs: builds the answer packet page and the `passie-studio` command (dist/), so
// that a fresh `npm install` leaves a command that works. A production install (without devDependencies) has no
// esbuild to build with: it says so in one line and succeeds.
import { createRequire } from 'node:module';

try {
  createRequire(import.meta.url).resolve('esbuild');
} catch {
  console.log('PASSIE Studio: esbuild is not installed (no devDependencies), so `passie-studio` was not built.');
  process.exit(0);
}

await import('../../packet-page/build.mjs');
await import('../cli/build.mjs');
