import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import packageJson from '../../../package.json' with { type: 'json' };
import { builtCliDir, builtPacketPageDir, repoRoot } from '../../../main/platform/repo-paths';
import { CLI_BIN } from '../../support/cli-bin';
import { TEST_PASSPHRASE } from '../../support/temp-studio';

const recorder = join(repoRoot, 'test/support/record-loads.mjs');
let root: string;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'passie-cli-start-'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function run(bin: string, args: string[], env: NodeJS.ProcessEnv = {}, nodeArgs: string[] = []): Promise<Run> {
  return new Promise((resolveRun) => {
    const child = execFile(
      process.execPath,
      [...nodeArgs, bin, ...args],
      { env: { PATH: process.env.PATH, HOME: root, LANG: 'en_GB.UTF-8', ...env }, timeout: 60_000 },
      (error, stdout, stderr) =>
        resolveRun({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout, stderr }),
    );
    child.stdin?.end();
  });
}

/** Runs the built command with record-loads.mjs; returns its run and the packages (node_modules) it loaded. */
async function packagesLoadedBy(args: string[], env: NodeJS.ProcessEnv = {}) {
  const record = join(root, `loads-${Math.random().toString(36).slice(2)}.txt`);
  writeFileSync(record, '');
  const result = await run(CLI_BIN, args, { PASSIE_RECORD_LOADS: record, ...env }, ['--import', recorder]);
  const loaded = readFileSync(record, 'utf8').split('\n').filter(Boolean);
  const packages = new Set(
    loaded
      .map((entry) => /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(entry)?.[1])
      .filter((name): name is string => name !== undefined),
  );
  return { result, packages: [...packages].sort(), loaded };
}

/**
 * What `--version` and `status` may load: the command-line parser, and two one-file helpers the dossier code calls
 * synchronously (base32 ids, canonical JSON for the hash chain). Every other package waits for a command that uses
 * it; zod is bundled into the command (main/cli/build.mjs).
 */
const START_UP_PACKAGES = ['@scure/base', 'canonicalize', 'commander'];

describe('the built passie-studio command at start-up', () => {
  it('loads only the start-up packages for --version', async () => {
    const { result, packages, loaded } = await packagesLoadedBy(['--version']);
    expect(result).toMatchObject({ code: 0, stdout: `${packageJson.version}\n` });
    expect(START_UP_PACKAGES).toEqual(expect.arrayContaining(packages));
    expect(loaded.some((url) => url.endsWith('/dist/cli/passie-studio.mjs'))).toBe(true);
  });

  it('loads only the start-up packages for status, with no vault and with a locked vault', async () => {
    const vault = join(root, 'vault');
    const none = await packagesLoadedBy(['--vault', vault, '--json', 'status']);
    expect(JSON.parse(none.result.stdout)).toMatchObject({ vault: 'none' });
    expect(START_UP_PACKAGES).toEqual(expect.arrayContaining(none.packages));
    // Not the browser host either: node:http loads with `serve` only.
    expect(none.loaded).not.toContain('node:http');

    // The recorder sees what loads later: creating a vault loads the passphrase check, the lock and the PDF maker.
    const created = await packagesLoadedBy(['--vault', vault, '--json', 'vault', 'init'], {
      PASSIE_PASSPHRASE: TEST_PASSPHRASE,
    });
    expect(created.result.code).toBe(0);
    expect(created.packages).toEqual(expect.arrayContaining(['@zxcvbn-ts/core', 'pdfkit', 'proper-lockfile']));

    const locked = await packagesLoadedBy(['--vault', vault, '--json', 'status']);
    expect(JSON.parse(locked.result.stdout)).toMatchObject({ vault: 'locked' });
    expect(START_UP_PACKAGES).toEqual(expect.arrayContaining(locked.packages));
  }, 60_000);
});

describe('the built passie-studio command and its sources', () => {
  /** A copy of the build as it would be installed: dist/, package.json and node_modules, without sources. */
  function installation(): string {
    const install = mkdtempSync(join(root, 'install-'));
    cpSync(builtCliDir, join(install, 'dist/cli'), { recursive: true });
    cpSync(builtPacketPageDir, join(install, 'dist/packet-page'), { recursive: true });
    cpSync(join(repoRoot, 'package.json'), join(install, 'package.json'));
    symlinkSync(join(repoRoot, 'node_modules'), join(install, 'node_modules'));
    return install;
  }

  it('runs where there are no sources to compare with', async () => {
    const install = installation();
    const result = await run(join(install, 'dist/cli/passie-studio.mjs'), ['--version']);
    expect(result).toMatchObject({ code: 0, stdout: `${packageJson.version}\n`, stderr: '' });
  });

  it('refuses to run code older than its sources, and says to build, in English and Dutch', async () => {
    const install = installation();
    const bin = join(install, 'dist/cli/passie-studio.mjs');
    // A source the build was made from, saved again since (a developer's edit without `npm run build`).
    mkdirSync(join(install, 'main/cli'), { recursive: true });
    writeFileSync(join(install, 'main/cli/run-cli.ts'), '// edited\n');
    expect(await run(bin, ['--version'])).toEqual({
      code: 1,
      stdout: '',
      stderr:
        'The built passie-studio command is older than its sources in main/, shared/ or packet-page/; run `npm run build`.\n',
    });
    const dutch = await run(bin, ['status'], { LANG: 'nl_NL.UTF-8' });
    expect(dutch.code).toBe(1);
    expect(dutch.stderr).toContain('voer `npm run build` uit');
    // Also when the stale code cannot even load (here its packages are gone): the sentence, not a stack trace.
    rmSync(join(install, 'node_modules'));
    expect(await run(bin, ['--version'])).toMatchObject({
      code: 1,
      stdout: '',
      stderr: expect.stringMatching(/^The built passie-studio command is older than its sources[^\n]*\n$/),
    });
  });

  it('refuses to run without the answer packet page built', async () => {
    const install = installation();
    rmSync(join(install, 'dist/packet-page'), { recursive: true });
    expect(await run(join(install, 'dist/cli/passie-studio.mjs'), ['--version'])).toEqual({
      code: 1,
      stdout: '',
      stderr: 'The passie-studio command is not completely built; run `npm run build` first.\n',
    });
  });
});
