import { mkdtemp, rename, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RecentArchive } from '../../../../main/services/archive/recent-archive';

let folder: string;
let file: string;
let reads: number;
/** Stands in for unsealing and checking: counts how often the archive is really read. */
const read = async () => {
  reads += 1;
  return { version: reads };
};

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'passie-recent-archive-'));
  file = join(folder, 'tr_00000000000000000000.passie-archive');
  await writeFile(file, 'sealed bytes');
  reads = 0;
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('RecentArchive', () => {
  it('reads an unchanged archive once, however often it is asked for', async () => {
    const recent = new RecentArchive<{ version: number }>();
    for (let ask = 0; ask < 5; ask += 1) expect(await recent.get('a', file, read)).toEqual({ version: 1 });
    expect(reads).toBe(1);
    recent.forget();
  });

  it('reads again once the file is another one, was written to, or is gone', async () => {
    const recent = new RecentArchive<{ version: number }>();
    await recent.get('a', file, read);
    // Replaced by rename, as the vault writes: another inode.
    await writeFile(join(folder, 'next'), 'sealed bytes');
    await rename(join(folder, 'next'), file);
    expect(await recent.get('a', file, read)).toEqual({ version: 2 });
    // Written in place, same size: only the modification time tells.
    const later = new Date(Date.now() + 5_000);
    await utimes(file, later, later);
    expect(await recent.get('a', file, read)).toEqual({ version: 3 });
    expect(await recent.get('a', file, read)).toEqual({ version: 3 });
    // Gone: read (and fail) every time, never the copy in memory.
    await rm(file);
    const failing = async () => {
      reads += 1;
      throw new Error('archive_not_found');
    };
    await expect(recent.get('a', file, failing)).rejects.toThrow('archive_not_found');
    await expect(recent.get('a', file, failing)).rejects.toThrow('archive_not_found');
    expect(reads).toBe(5);
    recent.forget();
  });

  it('keeps one archive: another id, forget() and the end of the minute each mean reading anew', async () => {
    const other = join(folder, 'tr_11111111111111111111.passie-archive');
    await writeFile(other, 'other sealed bytes');
    const recent = new RecentArchive<{ version: number }>(50);
    await recent.get('a', file, read);
    await recent.get('b', other, read);
    await recent.get('a', file, read);
    expect(reads).toBe(3);
    recent.forget();
    await recent.get('a', file, read);
    expect(reads).toBe(4);
    await new Promise((resolve) => setTimeout(resolve, 120));
    await recent.get('a', file, read);
    expect(reads).toBe(5);
    recent.forget();
  });
});
