import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, readdir, readlink, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { StudioError } from '../../../../shared/api/studio-error';
import type { BackupEntry } from '../../../../main/services/backup/backup-manifest';
import { LEGACY_OBJECTS, packPath, PACKS, sha256Hex } from '../../../../main/services/backup/backup-packs';
import { BackupReader, withBackupReader } from '../../../../main/services/backup/backup-reader';

const DOSSIER = 'trajects/tr_aaaaaaaaaaaaaaaaaaaa/dossier.psv';

let folder: string;

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'passie-backup-reader-'));
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

/** A pack holding `before`, then the file, then `after`; the entry names the file in it. */
async function packWith(file: Buffer, path = DOSSIER): Promise<{ entry: BackupEntry; pack: Buffer }> {
  const before = randomBytes(123);
  const pack = Buffer.concat([before, file, randomBytes(45)]);
  const name = sha256Hex(pack);
  await mkdir(join(folder, PACKS), { recursive: true });
  await writeFile(packPath(folder, name), pack);
  return { entry: { path, size: file.length, sha256: sha256Hex(file), pack: name, offset: before.length }, pack };
}

/** Linux lists this process's open files in /proc: how many of them are `pack`. */
const CAN_LIST_OPEN_FILES = process.platform === 'linux';
async function openFilesOf(pack: string): Promise<number> {
  const fds = await readdir('/proc/self/fd');
  const targets = await Promise.all(fds.map((fd) => readlink(join('/proc/self/fd', fd)).catch(() => '')));
  return targets.filter((target) => target.endsWith(`${pack}.pack`)).length;
}

async function expectDamaged(read: Promise<unknown>, path: string): Promise<void> {
  const error = await read.then(
    () => undefined,
    (rejected: unknown) => rejected,
  );
  expect(error).toBeInstanceOf(StudioError);
  expect((error as StudioError).code).toBe('backup_file_damaged');
  expect((error as StudioError).params).toEqual({ file: path });
}

describe('BackupReader', () => {
  it('reads a file from its pack at its offset, and another from the same pack', async () => {
    const file = randomBytes(500);
    const { entry, pack } = await packWith(file);
    const reader = new BackupReader(folder);
    try {
      expect((await reader.read(entry)).equals(file)).toBe(true);
      // The leading bytes of the same pack, as a second entry: the handle kept open serves it too.
      const head = pack.subarray(0, 123);
      const second: BackupEntry = { ...entry, path: 'index.psv', size: 123, sha256: sha256Hex(head), offset: 0 };
      expect((await reader.read(second)).equals(head)).toBe(true);
    } finally {
      await reader.close();
    }
  });

  it('reads a zero-length file', async () => {
    const { entry } = await packWith(Buffer.alloc(0));
    await expect(withBackupReader(folder, (reader) => reader.read(entry))).resolves.toHaveLength(0);
  });

  it('names the file when a byte of it in the pack is flipped', async () => {
    const { entry, pack } = await packWith(randomBytes(500));
    pack[entry.offset! + 250]! ^= 0x01;
    await writeFile(packPath(folder, entry.pack!), pack);
    await expectDamaged(
      withBackupReader(folder, (reader) => reader.read(entry)),
      DOSSIER,
    );
  });

  it('names the file when its pack is missing', async () => {
    const { entry } = await packWith(randomBytes(500));
    await rm(packPath(folder, entry.pack!));
    await expectDamaged(
      withBackupReader(folder, (reader) => reader.read(entry)),
      DOSSIER,
    );
  });

  it('names the file when its pack is cut short in it, or before it', async () => {
    const { entry } = await packWith(randomBytes(500));
    await truncate(packPath(folder, entry.pack!), entry.offset! + 499);
    await expectDamaged(
      withBackupReader(folder, (reader) => reader.read(entry)),
      DOSSIER,
    );
    await truncate(packPath(folder, entry.pack!), 10);
    await expectDamaged(
      withBackupReader(folder, (reader) => reader.read(entry)),
      DOSSIER,
    );
  });

  it('reads a format-1 copy from objects/<2 hex>/<sha256>, and names it when it is missing or wrong', async () => {
    const file = randomBytes(300);
    const sha256 = sha256Hex(file);
    const entry: BackupEntry = { path: 'vault.json', size: file.length, sha256 };
    await mkdir(join(folder, LEGACY_OBJECTS, sha256.slice(0, 2)), { recursive: true });
    const object = join(folder, LEGACY_OBJECTS, sha256.slice(0, 2), sha256);
    await writeFile(object, file);
    expect((await withBackupReader(folder, (reader) => reader.read(entry))).equals(file)).toBe(true);

    await writeFile(object, Buffer.concat([file, Buffer.from('x')]));
    await expectDamaged(
      withBackupReader(folder, (reader) => reader.read(entry)),
      'vault.json',
    );
    await rm(object);
    await expectDamaged(
      withBackupReader(folder, (reader) => reader.read(entry)),
      'vault.json',
    );
  });

  it('withBackupReader closes its packs after use, and after a failure', async () => {
    const file = randomBytes(200);
    const { entry } = await packWith(file);
    let used: BackupReader | undefined;
    const first = await withBackupReader(folder, async (reader) => {
      used = reader;
      const bytes = await reader.read(entry);
      if (CAN_LIST_OPEN_FILES) expect(await openFilesOf(entry.pack!)).toBe(1);
      return bytes;
    });
    expect(first.equals(file)).toBe(true);
    // An open handle would keep the pack from being removed on Windows, and a long restore would pile them up.
    if (CAN_LIST_OPEN_FILES) expect(await openFilesOf(entry.pack!)).toBe(0);
    // Closed: the same reader opens the pack afresh rather than reading through a closed handle.
    await expect(used!.read(entry)).resolves.toEqual(file);
    await used!.close();

    await expect(
      withBackupReader(folder, async (reader) => {
        await reader.read(entry);
        throw new Error('the restore failed');
      }),
    ).rejects.toThrow('the restore failed');
    if (CAN_LIST_OPEN_FILES) expect(await openFilesOf(entry.pack!)).toBe(0);
    await expect(withBackupReader(folder, (reader) => reader.read(entry))).resolves.toEqual(file);
  });
});
