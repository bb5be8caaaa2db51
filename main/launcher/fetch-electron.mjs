// postinstall: fetch the Electron runtime when it can be reached. Where it cannot (offline, a closed network),
// say so in one line and succeed: the studio then runs in browser mode and every test that does not need the
// Electron binary still runs.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

if (process.env.ELECTRON_SKIP_BINARY_DOWNLOAD === '1') process.exit(0);

let installer;
try {
  installer = join(dirname(createRequire(import.meta.url).resolve('electron/package.json')), 'install.js');
} catch {
  process.exit(0); // a production install without devDependencies has no electron package to complete
}

const result = spawnSync(process.execPath, [installer], { stdio: 'ignore', timeout: 300_000 });
if (result.status !== 0) {
  console.log(
    'PASSIE Studio: the Electron runtime could not be downloaded; `npm start` will open the studio in browser mode.',
  );
}
