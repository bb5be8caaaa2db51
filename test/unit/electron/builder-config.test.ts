import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Configuration } from 'app-builder-lib';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { DebugLogger } from 'builder-util';
import { beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));
let config: Configuration;

beforeAll(async () => {
  // electron-builder's own loader and schema validation: what `npm run dist` does before it downloads anything.
  config = await getConfig(root, join(root, 'electron-builder.yml'), null);
});

/** electron-builder's loader turns `files` into file sets ({ filter: [...] }); the patterns are what matter. */
function filePatterns(files: Configuration['files']): string[] {
  const sets = Array.isArray(files) ? files : files == null ? [] : [files];
  return sets.flatMap((set) => (typeof set === 'string' ? [set] : [set.filter ?? []].flat()));
}

function pngSize(file: string): { width: number; height: number } {
  const png = readFileSync(file);
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe('electron-builder.yml', () => {
  it("passes electron-builder's schema validation", async () => {
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('fails validation with a misspelled fuse, so the check above means something', async () => {
    const misspelt = { ...config, electronFuses: { ...config.electronFuses, runAsNod: false } } as Configuration;
    await expect(validateConfiguration(misspelt, new DebugLogger(false))).rejects.toThrow(/Invalid configuration/);
  });

  it('names the app', () => {
    expect(config.appId).toBe('nl.passie.studio');
    expect(config.productName).toBe('PASSIE Studio');
    expect(config.directories?.output).toBe('release');
    expect(config.asar).toBe(true);
    expect(config.publish).toBeNull();
  });

  it('flips every fuse of the security baseline', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      loadBrowserProcessSpecificV8Snapshot: false,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('ships the bundles, the renderer, the packet page and resources, and no sources, tests or maps', () => {
    const patterns = filePatterns(config.files);
    expect(patterns).toEqual(
      expect.arrayContaining([
        'package.json',
        'dist/electron/**',
        'dist/renderer/**',
        'dist/packet-page/**',
        'resources/**',
      ]),
    );
    expect(patterns.filter((pattern) => /^(main|shared|renderer|test)\//.test(pattern))).toEqual([]);
    expect(patterns).toEqual(expect.arrayContaining(['!**/*.map', '!**/*.{ts,tsx}']));
  });

  it('builds an NSIS installer that asks where to install and keeps the vault on uninstall', () => {
    expect(config.win?.target).toBe('nsis');
    expect(config.nsis).toMatchObject({
      oneClick: false,
      allowToChangeInstallationDirectory: true,
      deleteAppDataOnUninstall: false,
    });
  });

  it('builds a hardened dmg in Productivity, and an AppImage and a deb in Office', () => {
    expect(config.mac).toMatchObject({
      target: 'dmg',
      category: 'public.app-category.productivity',
      hardenedRuntime: true,
    });
    expect(config.linux).toMatchObject({ target: ['AppImage', 'deb'], category: 'Office' });
    expect(config.linux?.maintainer).toMatch(/<[^@\s]+@[^@\s]+>/);
  });

  it('uses a 512x512 icon from resources/ on every platform', () => {
    for (const icon of [config.icon, config.win?.icon, config.mac?.icon, config.linux?.icon]) {
      expect(icon).toBe('resources/icon.png');
    }
    expect(pngSize(join(root, 'resources/icon.png'))).toEqual({ width: 512, height: 512 });
    expect(readFileSync(join(root, 'resources/icon.svg'), 'utf8')).toMatch(/^<svg [^>]*viewBox="0 0 512 512"/);
  });
});
