import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { buildState } from '../../main/platform/build-freshness';
import { builtCliDir, builtPacketPageDir, repoRoot } from '../../main/platform/repo-paths';

const builds = [
  { dir: builtPacketPageDir, script: 'packet-page/build.mjs' },
  { dir: builtCliDir, script: 'main/cli/build.mjs' },
];

/**
 * The built `passie-studio` command and answer packet page, which the tests run and embed, rebuilt first when they
 * are missing or older than their sources (vitest run alone after an edit; `npm test` has just built them). A
 * vitest globalSetup, and used by `npm run bench`.
 */
export async function setup(): Promise<void> {
  for (const { dir, script } of builds) {
    if ((await buildState(dir)) === 'fresh') continue;
    console.log(`Building ${script}: its output is missing or older than its sources.`);
    const result = spawnSync(process.execPath, [join(repoRoot, script)], { stdio: 'inherit' });
    if (result.status !== 0) throw new Error(`${script} failed`);
  }
}
