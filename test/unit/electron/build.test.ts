import { existsSync, readFileSync, symlinkSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { buildIntoTemp } from '../../support/build-into-temp';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const packageJson = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  main: string;
  dependencies: Record<string, string>;
};
const builtDir = buildIntoTemp('main/electron/build.mjs', 'passie-electron-build-');

/** The modules a built file loads at run time, as esbuild itself sees them. */
async function importsOf(file: string): Promise<string[]> {
  const { metafile } = await build({
    entryPoints: [file],
    bundle: true,
    write: false,
    metafile: true,
    platform: 'node',
    packages: 'external',
    external: ['electron'],
    logLevel: 'silent',
  });
  return Object.values(metafile.inputs).flatMap((input) =>
    input.imports.filter((entry) => entry.external).map((entry) => entry.path),
  );
}

const packageName = (specifier: string) =>
  specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0]!;

describe('main/electron/build.mjs', () => {
  it('writes main.mjs, import-worker.mjs and preload.cjs', () => {
    expect(existsSync(join(builtDir(), 'main.mjs'))).toBe(true);
    expect(existsSync(join(builtDir(), 'import-worker.mjs'))).toBe(true);
    expect(existsSync(join(builtDir(), 'preload.cjs'))).toBe(true);
  });

  it('starts the import worker from beside main.mjs, and the built worker reads a file', async () => {
    const main = readFileSync(join(builtDir(), 'main.mjs'), 'utf8');
    expect(main).toMatch(/new URL\(\s*"\.\/import-worker\.mjs",\s*import\.meta\.url\s*\)/);
    expect(await importsOf(join(builtDir(), 'import-worker.mjs'))).not.toContain('electron');
    // The built file itself, in a thread, as the installed app starts it, its packages from the app's node_modules.
    symlinkSync(join(root, 'node_modules'), join(builtDir(), 'node_modules'), 'junction');
    const worker = new Worker(join(builtDir(), 'import-worker.mjs'));
    try {
      const reply = new Promise<unknown>((resolve, reject) => {
        worker.on('message', (message: { type: string }) => {
          if (message.type !== 'progress') resolve(message);
        });
        worker.on('error', reject);
      });
      worker.postMessage({
        id: 1,
        request: { name: 'a.html', bytes: Buffer.from('<p>Hallo <b>daar</b></p>'), language: 'nl', questions: [] },
      });
      expect(await reply).toMatchObject({
        id: 1,
        type: 'done',
        draft: { kind: 'html', answers: [{ title: 'a.html', content: { type: 'doc' } }] },
      });
    } finally {
      await worker.terminate();
    }
  }, 60_000);

  it('package.json points Electron at the ES module bundle', () => {
    expect(packageJson.main).toBe('dist/electron/main.mjs');
  });

  it('makes the preload one self-contained CommonJS file that requires only electron', async () => {
    const preload = readFileSync(join(builtDir(), 'preload.cjs'), 'utf8');
    const required = [...preload.matchAll(/\brequire\(\s*(["'`])(.*?)\1\s*\)/g)].map((match) => match[2]);
    expect(required).toEqual(['electron']);
    // Any other require( (computed, or through a shim) would fail in the sandbox.
    expect(preload.match(/\brequire\(/g)).toHaveLength(1);
    expect(preload).not.toMatch(/^\s*(import|export)\s/m);
    expect(preload).toContain('exposeInMainWorld');
    expect(await importsOf(join(builtDir(), 'preload.cjs'))).toEqual(['electron']);
  });

  it.each(['main.mjs', 'import-worker.mjs'])(
    'lets %s load only Node built-ins, electron and production dependencies',
    async (file) => {
      const imports = await importsOf(join(builtDir(), file));
      if (file === 'main.mjs') expect(imports).toContain('electron');
      const builtins = new Set(builtinModules);
      const stray = imports.filter(
        (specifier) =>
          specifier !== 'electron' &&
          !specifier.startsWith('node:') &&
          !builtins.has(specifier) &&
          !Object.hasOwn(packageJson.dependencies, packageName(specifier)),
      );
      // A devDependency here would be missing from the installed app, which ships production dependencies only.
      expect(stray).toEqual([]);
    },
  );

  it('keeps paths relative to import.meta.url, which resolve from dist/electron/ as from main/platform/', () => {
    const main = readFileSync(join(builtDir(), 'main.mjs'), 'utf8');
    expect(main).toMatch(/new URL\(\s*"\.\.\/\.\.\/package\.json",\s*import\.meta\.url\s*\)/);
    expect(main).toMatch(/new URL\(\s*"\.\/preload\.cjs",\s*import\.meta\.url\s*\)/);
    const fromBundle = new URL('../../package.json', new URL('dist/electron/main.mjs', `file://${root}`));
    expect(fileURLToPath(fromBundle)).toBe(join(root, 'package.json'));
    expect(main).not.toMatch(/\b__require\b|\b__dirname\b|\b__filename\b/);
  });

  it('points every path taken from import.meta.url at a file that exists from dist/electron/', () => {
    const main = readFileSync(join(builtDir(), 'main.mjs'), 'utf8');
    const installed = new URL('dist/electron/main.mjs', `file://${root}`);
    for (const [, target] of main.matchAll(/new URL\(\s*"(\.[^"]*)",\s*import\.meta\.url\s*\)/g)) {
      const path = fileURLToPath(new URL(target!, installed));
      // What the build writes next to main.mjs is in this test's own output folder.
      const built = path.startsWith(join(root, 'dist/electron/'))
        ? join(builtDir(), path.slice(join(root, 'dist/electron/').length))
        : path;
      expect(existsSync(built), target).toBe(true);
    }
  });
});
