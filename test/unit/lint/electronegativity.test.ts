import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const script = join(root, 'test/lint/electronegativity.mjs');
const temporary: string[] = [];

function lint(folder: string) {
  const result = spawnSync(process.execPath, [script, folder], { cwd: root, encoding: 'utf8', timeout: 60_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function folderWith(files: Record<string, string>): string {
  const folder = mkdtempSync(join(tmpdir(), 'passie-electronegativity-'));
  temporary.push(folder);
  for (const [name, content] of Object.entries(files)) writeFileSync(join(folder, name), content);
  return folder;
}

afterEach(() => {
  for (const folder of temporary.splice(0)) rmSync(folder, { recursive: true, force: true });
});

describe('npm run lint:electron', () => {
  it('fails on a window with nodeIntegration on and contextIsolation off, naming the finding and the file', () => {
    const result = lint('test/lint/fixtures/insecure-window');
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(
      /HIGH CONTEXT_ISOLATION_JS_CHECK test\/lint\/fixtures\/insecure-window\/window\.ts:\d+:\d+/,
    );
    expect(result.stderr).toMatch(/MEDIUM SANDBOX_JS_CHECK test\/lint\/fixtures\/insecure-window\/window\.ts/);
    // One line per finding, each naming the tool.
    for (const line of result.stderr.trim().split('\n')) expect(line).toMatch(/^electronegativity: /);
  }, 60_000);

  it('passes a hardened window and says in one line how much it scanned', () => {
    const result = lint('test/lint/fixtures/secure-window');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout.trim().split('\n')).toEqual([
      expect.stringMatching(/^electronegativity: test\/lint\/fixtures\/secure-window: 1 file parsed, \d+ checks, /),
    ]);
  }, 60_000);

  it('fails when the folder holds no code at all, instead of reporting a clean scan of nothing', () => {
    const result = lint(folderWith({ 'notes.md': '# nothing to scan' }));
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/no JS or TS files to scan/);
  }, 60_000);

  it('fails when a file cannot be parsed, since its findings would go unseen', () => {
    const result = lint(folderWith({ 'broken.ts': 'export const = new BrowserWindow({;\n' }));
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/could not parse .*broken\.ts/);
  }, 60_000);

  it('parses TypeScript syntax the studio uses', () => {
    const modern = [
      "import type { Foo } from './foo';",
      "import { app, type BrowserWindow } from 'electron';",
      'export const table = { a: { b: 1 } } as const satisfies Record<string, { b: number }>;',
      'export function first<T extends string>(items: readonly T[]): T | undefined { return items[0]; }',
      'let window: BrowserWindow | undefined;',
      'export const shown = (f?: Foo) => window?.isVisible() ?? f;',
      'class Service { constructor(private readonly ports: { now: () => number }) {} }',
      'export { Service, app };',
    ].join('\n');
    const result = lint(folderWith({ 'modern.ts': modern }));
    expect(result.stderr).not.toMatch(/could not parse|was not parsed/);
  }, 60_000);
});
