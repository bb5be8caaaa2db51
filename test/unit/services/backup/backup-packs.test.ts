import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BackupManifestSchema, type BackupManifest } from '../../../../main/services/backup/backup-manifest';
import {
  located,
  packPath,
  PACKS,
  PackWriter,
  removeUnreferencedPacks,
  reusableCopies,
  sha256Hex,
  type PendingLocation,
} from '../../../../main/services/backup/backup-packs';

const MiB = 1024 * 1024;

let folder: string;

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'passie-backup-packs-'));
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

const tempFilesIn = async (dir: string) => (await readdir(dir)).filter((name) => name.startsWith('.'));

describe('PackWriter', () => {
  it('writes the files one after another into a pack named by its SHA-256, each where `located` says', async () => {
    const parts = [
      Buffer.from('first file'),
      Buffer.alloc(0),
      randomBytes(3000),
      Buffer.from('first file'),
      randomBytes(2 * MiB), // past the write batch: written at once, between queued small ones
      Buffer.from('last'),
    ];
    const writer = new PackWriter(folder);
    const pending: PendingLocation[] = [];
    for (const part of parts) pending.push(await writer.add(part, sha256Hex(part)));

    // Before the commit the pack has no name yet: nothing may point into it.
    expect(() => located(pending[0]!)).toThrow();

    const names = await writer.commit();
    expect(names).toHaveLength(1);
    const pack = await readFile(packPath(folder, names[0]!));
    expect(sha256Hex(pack)).toBe(names[0]);
    expect(pack.length).toBe(parts.reduce((sum, part) => sum + part.length, 0));
    parts.forEach((part, i) => {
      const place = located(pending[i]!);
      expect(place.pack).toBe(names[0]);
      expect(pack.subarray(place.offset, place.offset + part.length).equals(part)).toBe(true);
    });
    // The writer does not deduplicate (the backup service does): the same bytes twice are stored twice.
    expect(located(pending[3]!).offset).not.toBe(located(pending[0]!).offset);
    expect(await tempFilesIn(join(folder, PACKS))).toEqual([]);
  });

  it('starts a new pack once the next file would take the current one past 64 MiB', async () => {
    const first = Buffer.alloc(40 * MiB, 1);
    const second = Buffer.alloc(40 * MiB, 2);
    const writer = new PackWriter(folder);
    const a = await writer.add(first, sha256Hex(first));
    const b = await writer.add(second, sha256Hex(second));
    const names = await writer.commit();

    expect(names).toHaveLength(2);
    expect(names[0]).not.toBe(names[1]);
    expect(located(a)).toEqual({ pack: names[0], offset: 0 });
    expect(located(b)).toEqual({ pack: names[1], offset: 0 });
    expect((await readFile(packPath(folder, names[0]!))).equals(first)).toBe(true);
    expect((await readFile(packPath(folder, names[1]!))).equals(second)).toBe(true);
    expect((await readdir(join(folder, PACKS))).sort()).toEqual(names.map((name) => `${name}.pack`).sort());
  });

  it('discard() removes what it was writing and leaves no pack behind', async () => {
    const writer = new PackWriter(folder);
    await writer.add(Buffer.from('small'), sha256Hex(Buffer.from('small')));
    const big = randomBytes(2 * MiB);
    await writer.add(big, sha256Hex(big));
    // Something is on disk by now, or the test would pass without discard doing anything.
    expect(await tempFilesIn(join(folder, PACKS))).toHaveLength(1);

    await writer.discard();
    expect(await readdir(join(folder, PACKS))).toEqual([]);
  });
});

const TRAJECT_ID_CHARS = '0123456789abcdefghijklmnopqrstuvwxyz';
const dossierPath = (n: number) => {
  let id = '';
  for (let rest = n, i = 0; i < 20; i += 1, rest = Math.floor(rest / 36)) id += TRAJECT_ID_CHARS[rest % 36];
  return `trajects/tr_${id}/dossier.psv`;
};

/** A pack of `size` random bytes, in place: reusableCopies looks only at names and sizes. */
async function makePack(size: number): Promise<string> {
  const bytes = randomBytes(size);
  const name = sha256Hex(bytes);
  await mkdir(join(folder, PACKS), { recursive: true });
  await writeFile(packPath(folder, name), bytes);
  return name;
}

interface Place {
  pack: string;
  offset: number;
  size: number;
  /** Of the bytes: the same under two paths, or a distinct one per file when not given. */
  sha256?: string;
}

/** A format-2 manifest with vault.json first and a dossier per further place; checked against the schema. */
function manifestOf(places: Place[]): BackupManifest {
  const files = places.map((place, i) => ({
    path: i === 0 ? 'vault.json' : dossierPath(i),
    size: place.size,
    sha256: place.sha256 ?? sha256Hex(Buffer.from(`file ${i}`)),
    pack: place.pack,
    offset: place.offset,
  }));
  return BackupManifestSchema.parse({ format: 2, app: 'passie-studio', createdAt: new Date().toISOString(), files });
}

const shaOf = (manifest: BackupManifest, pack: string) =>
  manifest.files.filter((file) => file.pack === pack).map((file) => file.sha256);

describe('reusableCopies', () => {
  it('reuses a pack fully referenced: each file by its SHA-256, where it is', async () => {
    const pack = await makePack(1000);
    const manifest = manifestOf([
      { pack, offset: 0, size: 300 },
      { pack, offset: 300, size: 700 },
    ]);
    const reusable = await reusableCopies(folder, manifest);
    expect(reusable).toEqual(
      new Map([
        [manifest.files[0]!.sha256, { pack, offset: 0 }],
        [manifest.files[1]!.sha256, { pack, offset: 300 }],
      ]),
    );
  });

  it('does not reuse a pack with less than half its bytes still referenced and megabytes not', async () => {
    const thin = await makePack(10 * MiB);
    const half = await makePack(10 * MiB);
    const manifest = manifestOf([
      { pack: thin, offset: 0, size: 5 * MiB - 1 },
      { pack: half, offset: 5 * MiB, size: 5 * MiB },
    ]);
    const reusable = await reusableCopies(folder, manifest);
    expect([...reusable.keys()]).toEqual(shaOf(manifest, half));
  });

  it('reuses a mostly dead pack while what it would free is under 4 MiB: rewriting would cost more', async () => {
    const under = await makePack(4 * MiB + 99);
    const atLimit = await makePack(4 * MiB + 100);
    const manifest = manifestOf([
      { pack: under, offset: 0, size: 100 },
      { pack: atLimit, offset: 4 * MiB, size: 100 },
    ]);
    const reusable = await reusableCopies(folder, manifest);
    expect([...reusable.keys()]).toEqual(shaOf(manifest, under));
  });

  it('counts the same bytes under two paths once when measuring what is still referenced', async () => {
    const pack = await makePack(10 * MiB);
    const sha256 = sha256Hex(Buffer.from('the same bytes'));
    // 4 of 10 MiB under two paths: counted twice, they would pass for more than half.
    const manifest = manifestOf([
      { pack: await makePack(100), offset: 0, size: 100 },
      { pack, offset: 0, size: 4 * MiB, sha256 },
      { pack, offset: 0, size: 4 * MiB, sha256 },
    ]);
    expect((await reusableCopies(folder, manifest)).has(sha256)).toBe(false);
  });

  it('does not reuse a pack that is missing, or shorter than the furthest byte referenced in it', async () => {
    const whole = await makePack(1000);
    const short = await makePack(999);
    const missing = sha256Hex(Buffer.from('never written'));
    const manifest = manifestOf([
      { pack: whole, offset: 0, size: 1000 },
      { pack: short, offset: 0, size: 600 },
      { pack: short, offset: 600, size: 400 },
      { pack: missing, offset: 0, size: 10 },
    ]);
    const reusable = await reusableCopies(folder, manifest);
    expect([...reusable.keys()]).toEqual(shaOf(manifest, whole));
  });

  it('folds the small packs into the next backup once there are more than 16; large packs stay', async () => {
    const large = await makePack(8 * MiB);
    const small: string[] = [];
    for (let i = 0; i < 17; i += 1) small.push(await makePack(100));
    const placesWith = (packs: string[]) => [
      { pack: large, offset: 0, size: 8 * MiB },
      ...packs.map((pack) => ({ pack, offset: 0, size: 100 })),
    ];

    const seventeen = manifestOf(placesWith(small));
    expect([...(await reusableCopies(folder, seventeen)).keys()]).toEqual(shaOf(seventeen, large));

    const sixteen = manifestOf(placesWith(small.slice(0, 16)));
    const reusable = await reusableCopies(folder, sixteen);
    expect(reusable.size).toBe(17);
    for (const file of sixteen.files) expect(reusable.get(file.sha256)).toEqual({ pack: file.pack, offset: 0 });
  });

  it('reuses nothing without a previous manifest, or from a format-1 backup', async () => {
    const pack = await makePack(100);
    expect((await reusableCopies(folder, undefined)).size).toBe(0);
    const formatOne = BackupManifestSchema.parse({
      format: 1,
      app: 'passie-studio',
      createdAt: new Date().toISOString(),
      files: [{ path: 'vault.json', size: 100, sha256: pack }],
    });
    expect((await reusableCopies(folder, formatOne)).size).toBe(0);
    // The same file as format 2 is reused: the empty answers above are about the manifests, not the pack.
    expect((await reusableCopies(folder, manifestOf([{ pack, offset: 0, size: 100 }]))).size).toBe(1);
  });
});

describe('removeUnreferencedPacks', () => {
  it('removes packs not kept and abandoned temp packs, and nothing else', async () => {
    const kept = await makePack(10);
    const dropped = await makePack(10);
    const packs = join(folder, PACKS);
    await writeFile(join(packs, '.0123456789ab.pack.tmp'), 'half a pack');
    await writeFile(join(packs, 'notes.txt'), 'the coach put this here');
    // Names like the studio's but not quite: not the studio's, so left alone.
    await writeFile(join(packs, '.0123456789a.pack.tmp'), 'x');
    await writeFile(join(packs, `${dropped.toUpperCase()}.pack`), 'x');

    await removeUnreferencedPacks(folder, new Set([kept]));
    expect((await readdir(packs)).sort()).toEqual(
      ['.0123456789a.pack.tmp', `${dropped.toUpperCase()}.pack`, `${kept}.pack`, 'notes.txt'].sort(),
    );
  });

  it('does nothing when there is no packs folder', async () => {
    await expect(removeUnreferencedPacks(folder, new Set())).resolves.toBeUndefined();
  });
});
