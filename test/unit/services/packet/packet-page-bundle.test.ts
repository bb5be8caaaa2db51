import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../../../main/platform/repo-paths';
import { loadPacketPageAssets } from '../../../../main/services/packet/packet-page-bundle';
import { buildIntoTemp } from '../../../support/build-into-temp';

const builtDir = buildIntoTemp('packet-page/build.mjs', 'passie-packet-page-build-');

const builtFrom = () => join(builtDir(), 'built-from.json');

describe('the packet page assets', () => {
  it('are the script and style packet-page/build.mjs made, built from packet-page/ and the envelope code', async () => {
    const assets = await loadPacketPageAssets(builtDir());
    expect(assets.script).toContain('passie-antwoorden:');
    expect(assets.style).toContain('prefers-color-scheme');
    const sources = Object.keys(JSON.parse(readFileSync(builtFrom(), 'utf8')).sources);
    expect(sources).toEqual(
      expect.arrayContaining(['packet-page/main.ts', 'packet-page/page.css', 'shared/packet/envelope.ts']),
    );
    expect(sources.filter((path) => path.includes('node_modules'))).toEqual([]);
  });

  it('are refused, saying to build, when they are not built', async () => {
    await expect(loadPacketPageAssets(join(builtDir(), 'nothing-here'))).rejects.toThrow(/not built.*npm run build/);
  });

  it('are refused, saying to build, when a source changed after the build', async () => {
    const record = readFileSync(builtFrom(), 'utf8');
    try {
      const mainTime = statSync(join(repoRoot, 'packet-page/main.ts')).mtimeMs;
      writeFileSync(builtFrom(), JSON.stringify({ sources: { 'packet-page/main.ts': mainTime - 1000 } }));
      await expect(loadPacketPageAssets(builtDir())).rejects.toThrow(/older than its sources.*npm run build/);
      // An installation carries the built page without its sources: nothing to compare, so it is used.
      writeFileSync(builtFrom(), JSON.stringify({ sources: { 'packet-page/gone.ts': 1 } }));
      await expect(loadPacketPageAssets(builtDir())).resolves.toMatchObject({ style: expect.any(String) });
    } finally {
      writeFileSync(builtFrom(), record);
    }
  });
});
