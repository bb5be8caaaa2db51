import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { breather, readFolder, readWholeFile } from '../../../../main/services/backup/quick-reads';

let root: string;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'passie-quick-reads-'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('readWholeFile', () => {
  it('gives a small file whole', async () => {
    const bytes = randomBytes(1000);
    await writeFile(join(root, 'small.psv'), bytes);
    expect((await readWholeFile(join(root, 'small.psv')))?.equals(bytes)).toBe(true);
  });

  it('gives a file past 1 MiB whole (read asynchronously)', async () => {
    const bytes = randomBytes(3 * 1024 * 1024 + 7);
    await writeFile(join(root, 'large.pdf'), bytes);
    expect((await readWholeFile(join(root, 'large.pdf')))?.equals(bytes)).toBe(true);
  });

  it('gives an empty file as empty, not as gone', async () => {
    await writeFile(join(root, 'empty.psv'), '');
    expect(await readWholeFile(join(root, 'empty.psv'))).toEqual(Buffer.alloc(0));
  });

  it('gives undefined for a file that is gone', async () => {
    expect(await readWholeFile(join(root, 'never-there.psv'))).toBeUndefined();
  });
});

describe('readFolder', () => {
  it('lists a folder', async () => {
    await mkdir(join(root, 'listed', 'sub'), { recursive: true });
    await writeFile(join(root, 'listed', 'a.psv'), 'a');
    const entries = readFolder(join(root, 'listed'));
    expect(entries?.map((entry) => [entry.name, entry.isDirectory()]).sort()).toEqual([
      ['a.psv', false],
      ['sub', true],
    ]);
  });

  it('gives undefined for a folder that is gone', () => {
    expect(readFolder(join(root, 'no-such-folder'))).toBeUndefined();
  });

  it('throws when the path is a file: only a missing folder is an answer', async () => {
    await writeFile(join(root, 'a-file'), 'x');
    expect(() => readFolder(join(root, 'a-file'))).toThrow(expect.objectContaining({ code: 'ENOTDIR' }));
  });
});

describe('breather', () => {
  const busyWait = (ms: number) => {
    const until = performance.now() + ms;
    while (performance.now() < until) {
      // holding the event loop, as a run of synchronous reads does
    }
  };

  // A hold far longer than the default few milliseconds: a busy machine may pause this test between two statements
  // for longer than that, and "not right after" must not depend on its scheduler.
  const HOLD_MS = 200;

  it('yields to the event loop once the loop has been held long enough, and not right after', async () => {
    const breathe = breather(HOLD_MS);
    busyWait(HOLD_MS + 10);
    let ranFirst = false;
    setImmediate(() => {
      ranFirst = true;
    });
    await breathe();
    expect(ranFirst).toBe(true);

    let ranSecond = false;
    const second = setImmediate(() => {
      ranSecond = true;
    });
    await breathe();
    expect(ranSecond).toBe(false);
    clearImmediate(second);
  });

  it('does not yield before the loop has been held', async () => {
    const breathe = breather(HOLD_MS);
    let ran = false;
    const pending = setImmediate(() => {
      ran = true;
    });
    await breathe();
    expect(ran).toBe(false);
    clearImmediate(pending);
  });
});
