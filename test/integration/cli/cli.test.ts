import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import packageJson from '../../../package.json' with { type: 'json' };
import { CLI_BIN } from '../../support/cli-bin';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the real `passie-studio` command in its own process, as a coach's shell or a script would. */
function run(args: string[], env: NodeJS.ProcessEnv = {}): Promise<Run> {
  return new Promise((resolvePromise) => {
    execFile(
      process.execPath,
      [CLI_BIN, ...args],
      { env: { PATH: process.env.PATH, HOME: root, LANG: 'en_GB.UTF-8', ...env }, timeout: 20_000 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
        resolvePromise({ code, stdout, stderr });
      },
    );
  });
}

let root: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'passie-cli-'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('passie-studio CLI', () => {
  it('prints its version', async () => {
    const result = await run(['--version']);
    expect(result).toMatchObject({ code: 0, stdout: `${packageJson.version}\n` });
  });

  it('reports an empty folder as having no vault, in JSON and nothing else on stdout', async () => {
    const result = await run(['--vault', root, '--json', 'status']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({ version: packageJson.version, vault: 'none' });
    expect(result.stdout.trim().split('\n')).toHaveLength(1);
  });

  it('reads the vault folder from PASSIE_STUDIO_VAULT when no flag is given', async () => {
    await writeFile(join(root, 'vault.json'), '{}');
    try {
      const result = await run(['status', '--json'], { PASSIE_STUDIO_VAULT: root });
      expect(JSON.parse(result.stdout)).toMatchObject({ vault: 'locked' });
    } finally {
      await rm(join(root, 'vault.json'));
    }
  });

  it('speaks Dutch to a Dutch shell', async () => {
    const result = await run(['--vault', root, 'status'], { LANG: 'nl_NL.UTF-8' });
    expect(result.stdout).toBe(`PASSIE Studio ${packageJson.version} — kluis: geen kluis\n`);
  });

  it('exits 2 on an unknown command or a bad option value', async () => {
    const unknown = await run(['frobnicate']);
    expect(unknown.code).toBe(2);
    expect(unknown.stdout).toBe('');
    expect(unknown.stderr).toContain('passie-studio --help');
    expect((await run(['serve', '--port', 'abc'])).code).toBe(2);
    expect((await run(['serve', '--port', '70000'])).code).toBe(2);
    expect((await run(['--no-such-flag'])).code).toBe(2);
  });

  it('exits 1 with one plain sentence when the vault folder cannot be read', async () => {
    const file = join(root, 'a-file');
    await writeFile(file, 'x');
    const result = await run(['--vault', file, 'status']);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe('The vault folder cannot be read; check that it exists and is accessible.\n');
  });
});
