import { createHash, randomBytes } from 'node:crypto';
import { mkdir, open, readdir, readFile, rename, rm, stat, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import { fsyncFolder } from '../../platform/atomic-write';
import { inPacks, type BackupManifest } from './backup-manifest';

/**
 * The files of a backup, packed: `packs/<sha256>.pack` holds many of the vault's sealed files one after another,
 * as they are (nothing decrypted), and the manifest says per file which pack and where in it. Why packs and not a
 * copy per file: a USB stick or a synced folder spends far longer on a new file than on its bytes, and a practice
 * has thousands of small files, so a full backup writes one file (or one per 64 MiB) and makes it durable once.
 *
 * A pack never changes once it has its name (the SHA-256 of its bytes): a later backup writes new and changed files
 * into a new pack and points to the old packs for the rest, so a backup interrupted at any moment leaves the
 * previous one whole. Packs no manifest needs any more are removed only after the new manifest is written.
 */
export const PACKS = 'packs';
/** Format 1 kept a copy per file in objects/<2 hex>/<sha256>; it is still restored, and cleared by a new backup. */
export const LEGACY_OBJECTS = 'objects';

const PACK_FILE = /^([0-9a-f]{64})\.pack$/;
const PACK_TEMP = /^\.[0-9a-f]{12}\.pack\.tmp$/;
/** A pack is closed when it reaches this size: a later clean-up then rewrites at most this much at once. */
const PACK_TARGET_BYTES = 64 * 1024 * 1024;
/**
 * A pack with less than this share of its bytes still in the backup, and at least `MIN_DEAD_BYTES` no longer
 * needed, is rewritten: its dead bytes go. Below that, rewriting would cost more than the space it frees.
 */
const MIN_LIVE_SHARE = 0.5;
const MIN_DEAD_BYTES = 4 * 1024 * 1024;
/** Each incremental backup adds a small pack; beyond this many, the small ones are folded into the next. */
const MAX_SMALL_PACKS = 16;
const SMALL_PACK_BYTES = PACK_TARGET_BYTES / 8;

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export function packPath(folder: string, pack: string): string {
  return join(folder, PACKS, `${pack}.pack`);
}

/** Where a file's bytes are in a backup. */
export interface PackLocation {
  pack: string;
  offset: number;
}

/** The packs in a backup folder, by name, with their sizes. */
async function listPacks(folder: string): Promise<Map<string, number>> {
  const names = await readdir(join(folder, PACKS)).catch(() => [] as string[]);
  const sizes = new Map<string, number>();
  await Promise.all(
    names.map(async (name) => {
      const pack = PACK_FILE.exec(name)?.[1];
      const found = pack ? await stat(packPath(folder, pack)).catch(() => undefined) : undefined;
      if (pack && found?.isFile()) sizes.set(pack, found.size);
    }),
  );
  return sizes;
}

/**
 * The copies of the previous backup a new one may point to instead of copying again, by SHA-256: those in packs
 * that are there, long enough, and worth keeping. A pack mostly made of versions no longer needed (megabytes of
 * them) is not: its files still in use are copied into the new pack, and it goes with the rest. So are the small
 * packs, once incremental backups have left many. The measure is the previous manifest: a pack this backup thins
 * out is rewritten by the next one.
 */
export async function reusableCopies(
  folder: string,
  previous: BackupManifest | undefined,
): Promise<Map<string, PackLocation>> {
  const reusable = new Map<string, PackLocation>();
  if (!previous || !inPacks(previous)) return reusable;
  const onDisk = await listPacks(folder);
  const live = new Map<string, { bytes: number; end: number; contents: Set<string> }>();
  for (const file of previous.files) {
    const pack = file.pack!;
    const use = live.get(pack) ?? { bytes: 0, end: 0, contents: new Set<string>() };
    live.set(pack, use);
    if (use.contents.has(file.sha256)) continue; // the same bytes under two paths are stored once
    use.contents.add(file.sha256);
    use.bytes += file.size;
    use.end = Math.max(use.end, file.offset! + file.size);
  }
  const kept = [...live].filter(([pack, use]) => {
    const size = onDisk.get(pack);
    if (size === undefined || size < use.end) return false;
    return use.bytes >= size * MIN_LIVE_SHARE || size - use.bytes < MIN_DEAD_BYTES;
  });
  const small = kept.filter(([pack]) => onDisk.get(pack)! < SMALL_PACK_BYTES);
  const keep = new Set(kept.map(([pack]) => pack));
  if (small.length > MAX_SMALL_PACKS) for (const [pack] of small) keep.delete(pack);
  for (const file of previous.files) {
    if (keep.has(file.pack!)) reusable.set(file.sha256, { pack: file.pack!, offset: file.offset! });
  }
  return reusable;
}

/** A pack being written: named when it is committed. */
interface PackInWriting {
  temp: string;
  handle: Promise<FileHandle>;
  /** Bytes given to it so far: where the next file goes. */
  size: number;
  /** Files given but not yet written: written together, in one write per megabyte. */
  queued: Uint8Array[];
  queuedBytes: number;
  written: Promise<void>;
  files: { offset: number; size: number; sha256: string }[];
  name?: string;
}

/** Where a file was written in a pack not yet committed: `located` says it once `commit` has named the pack. */
export interface PendingLocation {
  readonly inPack: PackInWriting;
  readonly offset: number;
}

/** Small files are gathered to this much before they are written: one write instead of hundreds. */
const WRITE_BYTES = 1024 * 1024;

/**
 * Writes new files, one after another, into new packs, in temp files beside their places. `commit` then makes
 * each pack durable, reads it back, checks every file in it against its SHA-256, and renames it to its name.
 */
export class PackWriter {
  private readonly packs: PackInWriting[] = [];
  private readonly folderMade: Promise<unknown>;

  constructor(private readonly folder: string) {
    this.folderMade = mkdir(join(folder, PACKS), { recursive: true, mode: 0o700 });
    this.folderMade.catch(() => undefined); // its failure is reported by the first write
  }

  async add(bytes: Uint8Array, sha256: string): Promise<PendingLocation> {
    let pack = this.packs.at(-1);
    if (!pack || (pack.size > 0 && pack.size + bytes.length > PACK_TARGET_BYTES)) {
      if (pack) await this.write(pack);
      pack = this.startPack();
    }
    const offset = pack.size;
    pack.size += bytes.length;
    pack.files.push({ offset, size: bytes.length, sha256 });
    pack.queued.push(bytes);
    pack.queuedBytes += bytes.length;
    if (pack.queuedBytes >= WRITE_BYTES) await this.write(pack);
    return { inPack: pack, offset };
  }

  /** The names of the packs written, once each is durable and checked under its name. */
  async commit(): Promise<string[]> {
    for (const pack of this.packs) {
      await this.write(pack);
      const handle = await pack.handle;
      await handle.sync();
      await handle.close();
      const written = await readFile(pack.temp);
      if (written.length !== pack.size) throw new Error('a pack is not the length it was written to');
      for (const file of pack.files) {
        if (sha256Hex(written.subarray(file.offset, file.offset + file.size)) !== file.sha256) {
          throw new Error('a copy in a pack differs from the vault file');
        }
      }
      pack.name = sha256Hex(written);
      await rename(pack.temp, packPath(this.folder, pack.name));
    }
    if (this.packs.length > 0) await fsyncFolder(join(this.folder, PACKS));
    return this.packs.map((pack) => pack.name!);
  }

  /** After a failure: the temp files go (renamed packs no manifest names go with the next backup's clean-up). */
  async discard(): Promise<void> {
    await Promise.all(
      this.packs.map(async (pack) => {
        await pack.written.catch(() => undefined);
        await pack.handle.then((handle) => handle.close()).catch(() => undefined);
        await rm(pack.temp, { force: true });
      }),
    );
  }

  private startPack(): PackInWriting {
    const temp = join(this.folder, PACKS, `.${randomBytes(6).toString('hex')}.pack.tmp`);
    const handle = this.folderMade.then(() => open(temp, 'wx', 0o600));
    handle.catch(() => undefined); // reported by the write that waits for it
    const pack: PackInWriting = {
      temp,
      handle,
      size: 0,
      queued: [],
      queuedBytes: 0,
      written: Promise.resolve(),
      files: [],
    };
    this.packs.push(pack);
    return pack;
  }

  /** Writes what is queued for `pack`, after what was queued before it. */
  private write(pack: PackInWriting): Promise<void> {
    const parts = pack.queued;
    const position = pack.size - pack.queuedBytes;
    pack.queued = [];
    pack.queuedBytes = 0;
    pack.written = pack.written.then(async () => {
      if (parts.length === 0) return;
      await writeAllAt(await pack.handle, parts.length === 1 ? parts[0]! : Buffer.concat(parts), position);
    });
    return pack.written;
  }
}

/** Where a pending file ended up, once its pack is committed. */
export function located(pending: PendingLocation): PackLocation {
  if (!pending.inPack.name) throw new Error('the pack is not committed yet');
  return { pack: pending.inPack.name, offset: pending.offset };
}

/** A positional write may take less than it is given; the rest follows until the whole file is in place. */
async function writeAllAt(handle: FileHandle, bytes: Uint8Array, position: number): Promise<void> {
  for (let done = 0; done < bytes.length;) {
    done += (await handle.write(bytes, done, bytes.length - done, position + done)).bytesWritten;
  }
}

/**
 * Removes every pack not in `keep`, and temp files a crash left: run only after the manifest naming `keep` is on
 * disk. Only what this studio writes under packs/ is touched.
 */
export async function removeUnreferencedPacks(folder: string, keep: ReadonlySet<string>): Promise<void> {
  const entries = await readdir(join(folder, PACKS), { withFileTypes: true }).catch(() => []);
  for (const entry of entries) {
    const pack = PACK_FILE.exec(entry.name)?.[1];
    if (!entry.isFile() || (pack ? keep.has(pack) : !PACK_TEMP.test(entry.name))) continue;
    await rm(join(folder, PACKS, entry.name), { force: true });
  }
}
