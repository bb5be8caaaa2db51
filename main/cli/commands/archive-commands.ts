import { randomBytes } from 'node:crypto';
import { mkdir, open, readdir, rename, rm, rmdir } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import type { ArchiveSummary } from '../../../shared/domain/archive';
import { errorMessage } from '../../../shared/i18n/error-messages';
import { StudioError } from '../../../shared/api/studio-error';
import type { Studio } from '../../composition';
import { fsyncFolder } from '../../platform/atomic-write';
import { CliFailure } from '../cli-io';
import type { Call, CliContext } from '../context';

const TRAJECT_ID = /^tr_[0-9a-z]{20}$/;
const ARCHIVE_FILE = /^(tr_[0-9a-z]{20})\.passie-archive$/;

/** The vault's own archive of a traject, as the coach would find it in the vault folder. */
export function archiveFilePath(vaultDir: string, id: string): string {
  return join(vaultDir, 'archive', `${id}.passie-archive`);
}

/**
 * `archive list|verify|restore|extract|destroy`. FILE is a traject id or an archive file: the vault's own (used by
 * its id, through the API) or a copy elsewhere (a USB stick), opened by the archive service for the path its name
 * claims. `extract` is the one place where decrypted files are written, because the coach asks for exactly that.
 */
export function registerArchiveCommands(context: CliContext): void {
  const { program, text, language } = context;
  const unlocked = <T>(work: (call: Call, studio: Studio) => Promise<T>) => context.withStudio(work, { unlock: true });
  /** A StudioError from the service called directly is said as the coach's sentence, as the API would. */
  const asSentence = async <T>(work: () => Promise<T>): Promise<T> => {
    try {
      return await work();
    } catch (error) {
      if (error instanceof StudioError) throw new CliFailure(errorMessage(error.code, language, error.params));
      throw error;
    }
  };
  const target = (fileOrId: string): { id: string } | { path: string } => {
    if (TRAJECT_ID.test(fileOrId)) return { id: fileOrId };
    const path = resolve(fileOrId);
    const id = ARCHIVE_FILE.exec(basename(path))?.[1];
    return id && path === archiveFilePath(context.vaultDir, id) ? { id } : { path };
  };
  const day = (iso: string) =>
    new Intl.DateTimeFormat(language === 'nl' ? 'nl-NL' : 'en-GB', { dateStyle: 'medium', timeZone: 'UTC' }).format(
      new Date(iso),
    );

  const archive = program.command('archive').description(text.archiveCommand);
  archive
    .command('list')
    .description(text.archiveListCommand)
    .action(async () => {
      const { archives } = await unlocked((call) => call('archive.list', {}));
      const line = (a: ArchiveSummary) =>
        `${a.id}  ${text.archiveLine(a.clientName, a.title, day(a.closedAt), day(a.retentionUntil), text.archiveDue[a.due])}`;
      context.print(archives.length > 0 ? archives.map(line).join('\n') : text.noArchives, archives);
    });

  archive
    .command('verify')
    .description(text.archiveVerifyCommand)
    .argument('<file>', text.archiveFileArgument)
    .action(async (file: string) => {
      const where = target(file);
      const verified = await unlocked(async (call, studio) => {
        if ('id' in where) return call('archive.verify', where);
        const { manifest } = await asSentence(() => studio.archives.openFile(where.path));
        return { ok: true as const, entries: manifest.entries.length, chainHead: manifest.chainHead };
      });
      context.print(text.archiveOk(verified.entries, verified.chainHead), verified);
    });

  archive
    .command('restore')
    .description(text.archiveRestoreCommand)
    .argument('<file>', text.archiveFileArgument)
    .action(async (file: string) => {
      const where = target(file);
      const restored = await unlocked(async (call, studio) => {
        const id = 'id' in where ? where.id : await asSentence(() => studio.archives.importFile(where.path));
        return call('archive.restore', { id });
      });
      context.print(text.archiveRestored(restored.id), restored);
    });

  archive
    .command('extract')
    .description(text.archiveExtractCommand)
    .argument('<file>', text.archiveFileArgument)
    .requiredOption('--out <dir>', text.archiveOutOption)
    .action(async (file: string, options: { out: string }) => {
      const where = target(file);
      const entries = await unlocked((_call, studio) =>
        asSentence(async () => {
          if ('id' in where) return studio.archives.extract(where.id);
          const { manifest, entries: files } = await studio.archives.openFile(where.path);
          return new Map([['manifest.json', Buffer.from(JSON.stringify(manifest, null, 2), 'utf8')], ...files]);
        }),
      );
      context.io.err(`${text.extractWarning}\n`);
      const path = await asSentence(() => writeExtracted(options.out, entries));
      context.print(text.extractedTo(path, entries.size), { path, files: [...entries.keys()] });
    });

  archive
    .command('destroy')
    .description(text.archiveDestroyCommand)
    .argument('<id>', text.trajectOption)
    .requiredOption('--reason <reason>', text.reasonOption)
    .option('--force', text.archiveForceOption)
    .action(async (id: string, options: { reason: string; force?: boolean }) => {
      await unlocked((call) => call('archive.destroy', { id, reason: options.reason, force: options.force === true }));
      context.print(text.archiveDestroyed, { ok: true });
    });
}

/** `traject close ID [--retention-years N]`, registered on the existing `traject` command. */
export function registerTrajectClose(context: CliContext): void {
  const { program, text } = context;
  const traject = program.commands.find((command) => command.name() === 'traject');
  if (!traject) throw new Error('the traject command is registered first');
  traject
    .command('close <id>')
    .description(text.trajectCloseCommand)
    .option('--retention-years <n>', text.retentionYearsOption, (value) => {
      if (!/^\d{1,2}$/.test(value)) throw new CliFailure(text.usage);
      return Number(value);
    })
    .action(async (id: string, options: { retentionYears?: number }) => {
      const closed = await context.withStudio(
        (call) => call('traject.close', { id, retentionYears: options.retentionYears }),
        { unlock: true },
      );
      const path = archiveFilePath(context.vaultDir, closed.id);
      context.print(path, { path });
    });
}

/**
 * Writes the extracted entries (names the archive format allows: manifest.json, dossier.json, dossier.pdf,
 * traject.json, attachments/<id>) into a new or empty folder: built whole beside it, then renamed into place.
 */
async function writeExtracted(out: string, entries: ReadonlyMap<string, Uint8Array>): Promise<string> {
  const path = resolve(out);
  const existing = await readdir(path).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw new StudioError('export_target_unwritable', { cause: error });
  });
  if (existing && existing.length > 0) {
    throw new StudioError('export_folder_not_empty', { params: { folder: basename(path) } });
  }
  const temp = `${path}.tmp-${randomBytes(6).toString('hex')}`;
  try {
    await mkdir(join(temp, 'attachments'), { recursive: true, mode: 0o700 });
    for (const [name, bytes] of entries) {
      if (!/^(manifest\.json|dossier\.json|dossier\.pdf|traject\.json|attachments\/at_[0-9a-z]{20})$/.test(name)) {
        throw new RangeError('not an archive entry name');
      }
      const handle = await open(join(temp, ...name.split('/')), 'wx', 0o600);
      try {
        await handle.writeFile(bytes);
        await handle.sync();
      } finally {
        await handle.close();
      }
    }
    await fsyncFolder(join(temp, 'attachments'));
    await fsyncFolder(temp);
    if (existing) await rmdir(path);
    await rename(temp, path);
    await fsyncFolder(dirname(path));
    return path;
  } catch (error) {
    await rm(temp, { recursive: true, force: true });
    if (error instanceof StudioError) throw error;
    throw new StudioError('export_target_unwritable', { cause: error });
  }
}
