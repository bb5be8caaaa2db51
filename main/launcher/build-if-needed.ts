import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { withoutSecrets } from '../platform/child-env';
import { repoRoot } from '../platform/repo-paths';

/** The newest modification time of any file below `dirs` (node_modules and dist are not sources). */
export function newestSourceTime(dirs: string[]): number {
  let newest = 0;
  const visit = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name === 'node_modules' || entry.name === 'dist') continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) visit(path);
      else newest = Math.max(newest, statSync(path).mtimeMs);
    }
  };
  for (const dir of dirs) if (existsSync(dir)) visit(dir);
  return newest;
}

/** True when `output` is missing or older than any source below `sourceDirs`. */
export function isStale(output: string, sourceDirs: string[]): boolean {
  if (!existsSync(output)) return true;
  return statSync(output).mtimeMs < newestSourceTime(sourceDirs);
}

/** Runs one of the package's build scripts; true when it succeeded. */
export function runBuildScript(script: string): boolean {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const result = spawnSync(npm, ['run', '-s', script], {
    cwd: repoRoot,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: withoutSecrets(process.env),
  });
  return result.status === 0;
}
