import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../../../main/platform/repo-paths';
import { loadPacketPageAssets } from '../../../../main/services/packet/packet-page-bundle';

let outdir: string;

beforeAll(() => {
  // Its own folder, so this never races a real `npm run build:electron`.
  outdir = mkdtempSync(join(tmpdir(), 'passie-packet-page-build-'));
  const result = spawnSync(process.execPath, [join(repoRoot, 'main/electron/build.mjs'), '--outdir', outdir], {
    cwd: repoRoot,
    encoding: 'utf8',
  });
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
}, 60_000);

afterAll(() => rmSync(outdir, { recursive: true, force: true }));

describe('the packet page assets', () => {
  it('are the same whether built from the sources or read from what build:electron made for the installed app', async () => {
    const fromSources = await loadPacketPageAssets({
      sourceDir: join(repoRoot, 'packet-page'),
      prebuiltDir: '/nowhere',
    });
    const installed = await loadPacketPageAssets({ sourceDir: join(outdir, 'no-sources'), prebuiltDir: outdir });
    expect(installed).toEqual(fromSources);
    expect(fromSources.script).toContain('passie-antwoorden:');
    expect(fromSources.style).toContain('prefers-color-scheme');
  });

  it('fail plainly when neither is there', async () => {
    await expect(loadPacketPageAssets({ sourceDir: '/nowhere', prebuiltDir: '/nowhere' })).rejects.toThrow();
  });
});
