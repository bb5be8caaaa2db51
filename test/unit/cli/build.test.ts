import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../../main/platform/repo-paths';
import { buildIntoTemp } from '../../support/build-into-temp';

const packageJson = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as {
  bin: Record<string, string>;
  scripts: Record<string, string>;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};
const builtDir = buildIntoTemp('main/cli/build.mjs', 'passie-cli-build-');

const chunks = () => readdirSync(builtDir()).filter((name) => name.endsWith('.mjs'));
const code = (name: string) => readFileSync(join(builtDir(), name), 'utf8');
const packageName = (specifier: string) =>
  specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0]!;

describe('main/cli/build.mjs', () => {
  it('makes the executable entry that package.json installs as passie-studio and the scripts run', () => {
    expect(packageJson.bin).toEqual({ 'passie-studio': 'dist/cli/passie-studio.mjs' });
    expect(packageJson.scripts.studio).toBe('node dist/cli/passie-studio.mjs');
    expect(packageJson.scripts.start).toBe('node dist/cli/passie-studio.mjs start');
    expect(code('passie-studio.mjs').startsWith('#!/usr/bin/env node\n')).toBe(true);
    expect(statSync(join(builtDir(), 'passie-studio.mjs')).mode & 0o111).not.toBe(0);
  });

  it('loads only Node built-ins and production dependencies at run time, and bundles zod', () => {
    const builtins = new Set(builtinModules);
    const imported = chunks().flatMap((name) =>
      [...code(name).matchAll(/(?:^import\s[^'"]*?|\bimport\(\s*)["']([^"'.][^"']*)["']/gm)].map((match) => match[1]!),
    );
    const packages = imported.filter((specifier) => !specifier.startsWith('node:') && !builtins.has(specifier));
    expect(packages).toContain('commander');
    // A devDependency here would be missing from a production install.
    expect(packages.filter((specifier) => !Object.hasOwn(packageJson.dependencies, packageName(specifier)))).toEqual(
      [],
    );
    expect(packages.filter((specifier) => packageName(specifier) === 'zod')).toEqual([]);
    // Build tools are for building only.
    for (const tool of ['esbuild', 'tsx']) {
      expect(Object.hasOwn(packageJson.dependencies, tool)).toBe(false);
      expect(Object.hasOwn(packageJson.devDependencies, tool)).toBe(true);
    }
  });

  it('keeps every path taken from import.meta.url pointing at a file that exists from dist/cli/', () => {
    const installed = new URL('dist/cli/passie-studio.mjs', `file://${repoRoot}`);
    const targets = chunks().flatMap((name) =>
      [...code(name).matchAll(/new URL\(\s*"(\.[^"]*)",\s*import\.meta\.url\s*\)/g)].map((match) => match[1]!),
    );
    expect(targets).toEqual(expect.arrayContaining(['../../package.json', '../../']));
    for (const target of targets) expect(existsSync(fileURLToPath(new URL(target, installed))), target).toBe(true);
  });

  it('records the sources it was built from, for the staleness check, without packages', () => {
    const { sources } = JSON.parse(code('built-from.json')) as { sources: Record<string, number> };
    expect(Object.keys(sources)).toEqual(
      expect.arrayContaining(['main/passie-studio.ts', 'main/api/studio.ts', 'shared/api/contract.ts']),
    );
    expect(Object.keys(sources).filter((path) => path.includes('node_modules'))).toEqual([]);
    const contract = join(repoRoot, 'shared/api/contract.ts');
    expect(sources['shared/api/contract.ts']).toBe(statSync(contract).mtimeMs);
  });
});
