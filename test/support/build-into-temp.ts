import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect } from 'vitest';
import { repoRoot } from '../../main/platform/repo-paths';

/**
 * Runs one of the project's build scripts (`main/cli/build.mjs`, …) with `--outdir` into a temp folder of its own
 * before the file's tests, so a test never races a real build writing dist/; removes it after. Returns a getter
 * for the folder (known once beforeAll has run).
 */
export function buildIntoTemp(script: string, prefix: string): () => string {
  let outdir = '';
  beforeAll(() => {
    outdir = mkdtempSync(join(tmpdir(), prefix));
    const result = spawnSync(process.execPath, [join(repoRoot, script), '--outdir', outdir], {
      cwd: repoRoot,
      encoding: 'utf8',
    });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  }, 60_000);
  afterAll(() => rmSync(outdir, { recursive: true, force: true }));
  return () => outdir;
}
