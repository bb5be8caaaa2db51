// "Back-up maken" and "Back-up terugzetten" (issue 7) on a real vault: the fixture clients with their rounds, a
// sent reply and a draft quoting canaries, and an imported e-mail with a Word file and a photo as attachments.
// Real temp folders, real crypto, the studio's own API; restores are checked by opening the restored vault.
import { createHash } from 'node:crypto';
import { cp, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStudio, type Studio } from '../../../main/api/studio';
import { BACKUP_MANIFEST } from '../../../main/services/backup/backup-manifest';
import { restoreBackup, type RestoreRequest } from '../../../main/services/backup/backup-restore';
import { verifyBackup } from '../../../main/services/backup/backup-verify';
import { listVaultFiles } from '../../../main/services/backup/consistent-read';
import { StudioError } from '../../../shared/api/studio-error';
import type { ApiResult } from '../../../shared/api/errors';
import type { MethodName, RequestOf, ResponseOf } from '../../../shared/api/contract';
import { PASSIE_KEYS, type ReplyBlocks } from '../../../shared/domain/passie';
import { richTextFromPlain } from '../../../shared/domain/rich-text';
import { errorMessage } from '../../../shared/i18n/error-messages';
import { loadFixtureClients } from '../../support/fixture-clients';
import { fixture, fixtureClients, fixtureJson, readExpected, type FixtureClient } from '../../support/fixtures';
import { importWhole } from '../../support/import-whole';
import { TEST_PASSPHRASE, TempStudio } from '../../support/temp-studio';
import { listFiles } from '../vault/support/files';
import {
  filesInPacks,
  manifestOf,
  overwriteStored,
  packsNamedBy,
  storedBytes,
  withoutSeal,
} from './support/backup-folder';
import { needlesFor, scanForNeedles, type Needle } from '../vault/support/scan';

const MAIL = 'eml/03-danielle-ronde6-docx-en-jpg-bijlagen.eml';
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

let temp: TempStudio;
let loaded: { name: string; trajectId: string; roundIds: string[] }[];
let needles: Needle[];
/** The first backup folder, kept up to date by the incremental runs below. */
let backupDir: string;

function blocks(text: string): ReplyBlocks {
  return Object.fromEntries(PASSIE_KEYS.map((key) => [key, richTextFromPlain(`${key}: ${text}`)])) as ReplyBlocks;
}

beforeAll(async () => {
  temp = await TempStudio.open();
  await temp.call('settings.update', { coach: { name: 'Marieke Jansen', practice: 'Praktijk Jansen', email: '' } });
  loaded = await loadFixtureClients(temp);
  const expected = readExpected();
  const clients = fixtureClients();
  const canaries = (file: string) => expected.find((entry) => entry.file === file)?.canaries ?? [];

  // A sent reply quoting one canary and a draft quoting another, in every traject.
  for (const [index, client] of loaded.entries()) {
    const quoted = canaries(clients[index]!.file);
    await temp.call('reply.saveDraft', {
      trajectId: client.trajectId,
      roundId: client.roundIds[0]!,
      blocks: blocks(`Je schreef: "${quoted[0]}".`),
    });
    await temp.call('reply.send', { trajectId: client.trajectId, roundId: client.roundIds[0]! });
    await temp.call('reply.saveDraft', {
      trajectId: client.trajectId,
      roundId: client.roundIds.at(-1)!,
      blocks: blocks(`Over "${quoted[1]}" wil ik nog iets vragen.`),
    });
  }
  // Daniëlle's e-mail with a Word file and a photo: attachments live in their own sealed files.
  const danielle = loaded.find((client) => client.name.startsWith('Daniëlle'))!;
  await importWhole(temp, danielle.trajectId, { name: 'mail.eml', bytes: fixture(MAIL) });

  needles = [];
  for (const entry of expected) {
    if (entry.file.startsWith('clients/')) {
      const client = fixtureJson<FixtureClient>(entry.file);
      needles.push(
        ...needlesFor(`${entry.file} name`, client.name),
        ...needlesFor(`${entry.file} e-mail`, client.email),
      );
    }
    if (entry.file.startsWith('clients/') || entry.file === MAIL) {
      (entry.canaries ?? []).forEach((canary, index) =>
        needles.push(...needlesFor(`${entry.file} canary ${index + 1}`, canary)),
      );
    }
  }
  // The studio makes a backup only in a folder that exists (the coach chose it, or made it in the dialog).
  backupDir = join(temp.root, 'usb', 'PASSIE back-up');
  await mkdir(backupDir, { recursive: true });
}, 60_000);

afterAll(async () => {
  await temp.dispose();
});

async function value<M extends MethodName>(studio: Studio, method: M, request: RequestOf<M>): Promise<ResponseOf<M>> {
  const result = (await studio.dispatch(method, request)) as ApiResult<ResponseOf<M>>;
  if (!result.ok) throw new Error(`${method}: ${result.error.code}`);
  return result.value;
}

/** Everything a coach sees of a vault: the clients, and every traject's whole dossier. */
async function contentsOf(studio: Studio) {
  const { clients } = await value(studio, 'client.list', {});
  const { trajects } = await value(studio, 'traject.list', {});
  const dossiers = [];
  for (const traject of trajects) dossiers.push(await value(studio, 'traject.show', { id: traject.id }));
  return { clients, trajects, dossiers };
}

/** Opens a restored vault with the passphrase, runs `look`, and closes it again. */
async function inRestored<T>(vaultDir: string, look: (studio: Studio) => Promise<T>, passphrase = TEST_PASSPHRASE) {
  const studio = createStudio({ vaultDir, language: () => 'en' });
  try {
    await value(studio, 'vault.unlock', { passphrase });
    return await look(studio);
  } finally {
    await studio.close();
  }
}

async function restoreCode(request: RestoreRequest): Promise<{ code: string; params?: Record<string, string> }> {
  try {
    await restoreBackup(request);
    return { code: 'ok' };
  } catch (error) {
    if (error instanceof StudioError) return { code: error.code, ...(error.params ? { params: error.params } : {}) };
    throw error;
  }
}

describe('backup.create and restoring a backup', { timeout: 60_000 }, () => {
  it('copies every sealed file and vault.json as they are, described by a manifest with nothing personal', async () => {
    const report = await temp.call('backup.create', { folder: backupDir });
    const vaultFiles = await listVaultFiles(temp.vaultDir);
    expect(vaultFiles).toContain('vault.json');
    expect(vaultFiles.filter((path) => path.includes('/attachments/'))).toHaveLength(2);
    expect(report).toMatchObject({ files: vaultFiles.length, copied: vaultFiles.length, removed: 0 });
    expect(report.bytesCopied).toBe(report.bytes);
    expect(report.manifest.files).toBe(vaultFiles.length);

    const manifest = await manifestOf(backupDir);
    expect(Object.keys(manifest).sort()).toEqual(['app', 'createdAt', 'files', 'format', 'mac', 'vaultId']);
    expect(manifest).toMatchObject({ format: 3, app: 'passie-studio', createdAt: report.manifest.createdAt });
    expect(manifest.mac).toMatch(/^[0-9a-f]{64}$/);
    expect(manifest.vaultId).toMatch(/^[0-9a-f]{32}$/);
    expect(manifest.files.map((file) => file.path)).toEqual(vaultFiles);
    for (const file of manifest.files) {
      expect(Object.keys(file).sort()).toEqual(['offset', 'pack', 'path', 'sha256', 'size']);
      // Paths carry random ids, never names.
      expect(file.path).toMatch(
        /^(vault\.json|[a-z]+\.psv|trajects\/tr_[0-9a-z]{20}\/(dossier|attachments\/at_[0-9a-z]{20})\.psv)$/,
      );
      // The very bytes of the vault: sealed as they are, nothing decrypted or re-encrypted.
      const original = await readFile(join(temp.vaultDir, ...file.path.split('/')));
      const copy = await storedBytes(backupDir, file);
      expect(copy.equals(original), file.path).toBe(true);
      expect(file).toMatchObject({ size: original.length, sha256: sha256(original) });
    }
    // A first backup is one pack, named by its SHA-256, and nothing else beside the manifest; and nothing of the
    // backup's making in the vault.
    expect(await filesInPacks(backupDir)).toEqual(packsNamedBy(manifest));
    expect(packsNamedBy(manifest)).toHaveLength(1);
    const pack = manifest.files[0]!.pack!;
    expect(sha256(await readFile(join(backupDir, 'packs', `${pack}.pack`)))).toBe(pack);
    expect((await readdir(backupDir)).sort()).toEqual([BACKUP_MANIFEST, 'packs']);
    expect((await readdir(temp.vaultDir)).filter((name) => name.startsWith('.'))).toEqual([]);
    expect(report.unreadable).toEqual([]);
    expect(await verifyBackup(backupDir)).toEqual({
      files: vaultFiles.length,
      bytes: report.bytes,
      createdAt: report.manifest.createdAt,
      seal: 'unchecked',
      opened: false,
    });
    expect(await verifyBackup(backupDir, TEST_PASSPHRASE)).toMatchObject({ seal: 'checked', opened: true });
  });

  it('copies only the files that changed on a later run, and drops their earlier versions', async () => {
    const [first, second] = loaded;
    await temp.call('traject.addNote', {
      trajectId: first!.trajectId,
      content: richTextFromPlain('Notitie na de back-up.'),
    });
    await temp.call('reply.saveDraft', {
      trajectId: second!.trajectId,
      roundId: second!.roundIds.at(-1)!,
      blocks: blocks('Een nieuwe versie van het concept.'),
    });
    const before = await manifestOf(backupDir);
    const report = await temp.call('backup.create', { folder: backupDir });
    expect(report).toMatchObject({ files: before.files.length, copied: 2, removed: 2 });

    const after = await manifestOf(backupDir);
    const changed = after.files.filter(
      (file) => before.files.find((old) => old.path === file.path)?.sha256 !== file.sha256,
    );
    expect(changed.map((file) => file.path).sort()).toEqual(
      [`trajects/${first!.trajectId}/dossier.psv`, `trajects/${second!.trajectId}/dossier.psv`].sort(),
    );
    expect(report.bytesCopied).toBe(changed.reduce((sum, file) => sum + file.size, 0));
    // The changed files went into a new pack; the first pack stays, pointed to for everything else.
    const [firstPack] = packsNamedBy(before);
    const newPacks = packsNamedBy(after).filter((pack) => pack !== firstPack);
    expect(packsNamedBy(after)).toContain(firstPack);
    expect(newPacks).toHaveLength(1);
    expect(after.files.filter((file) => `${file.pack}.pack` === newPacks[0])).toEqual(changed);
    expect(await filesInPacks(backupDir)).toEqual(packsNamedBy(after));

    const unchanged = await temp.call('backup.create', { folder: backupDir });
    expect(unchanged).toMatchObject({ files: before.files.length, copied: 0, removed: 0, bytesCopied: 0 });
  });

  it('restores into a new folder: the same clients and dossiers, opened with the same passphrase', async () => {
    const into = join(temp.root, 'restored', 'vault');
    const report = await restoreBackup({
      backupDir,
      intoDir: into,
      passphrase: TEST_PASSPHRASE,
      newerVaultDir: temp.vaultDir,
    });
    expect(report).toMatchObject({
      newerVault: 'applied',
      tombstonesAdded: 0,
      clientsRemoved: 0,
      newerPassphrase: false,
    });
    expect(await listFiles(into)).toEqual(await listVaultFiles(temp.vaultDir));
    expect(await readdir(into)).not.toContain('studio.lock');
    const original = await contentsOf(temp.studio);
    expect(original.dossiers.length).toBeGreaterThanOrEqual(3);
    expect(await inRestored(into, contentsOf)).toEqual(original);
    // Nothing of the restore's own machinery is left beside the vault.
    expect(await readdir(join(temp.root, 'restored'))).toEqual(['vault']);
  });

  it('keeps a client deleted after the backup deleted, with the tombstone from the newer vault', async () => {
    const gone = loaded.find((client) => client.name.startsWith('Daniëlle'))!;
    const { clients } = await temp.call('client.list', {});
    const clientId = clients.find((client) => client.name === gone.name)!.id;
    await temp.call('client.delete', { id: clientId, reason: 'Verzoek tot verwijdering' });

    const into = join(temp.root, 'restored-after-delete');
    const report = await restoreBackup({
      backupDir,
      intoDir: into,
      passphrase: TEST_PASSPHRASE,
      newerVaultDir: temp.vaultDir,
    });
    expect(report).toMatchObject({ newerVault: 'applied', clientsRemoved: 1, trajectsRemoved: 1 });
    expect(report.tombstonesAdded).toBe(2); // the client and their one traject
    const restored = await inRestored(into, contentsOf);
    expect(restored.clients.map((client) => client.id)).not.toContain(clientId);
    expect(restored.trajects.map((traject) => traject.id)).not.toContain(gone.trajectId);
    expect(restored).toEqual(await contentsOf(temp.studio));
    // Their dossier and attachments are gone from the disk, not merely hidden.
    expect((await listFiles(into)).filter((path) => path.includes(gone.trajectId))).toEqual([]);

    // The backup alone still has them: it is the newer vault's tombstone that keeps them deleted.
    const alone = join(temp.root, 'restored-without-newer-vault');
    expect(await restoreBackup({ backupDir, intoDir: alone, passphrase: TEST_PASSPHRASE })).toMatchObject({
      newerVault: 'none',
      tombstonesAdded: 0,
    });
    expect((await inRestored(alone, contentsOf)).clients.map((client) => client.id)).toContain(clientId);
  });

  it('leaves the deleted client out of the next backup, and writes no name or canary in clear', async () => {
    const report = await temp.call('backup.create', { folder: backupDir });
    // audit.psv and index.psv changed; the client's dossier and two attachments, and the old index, are gone.
    expect(report).toMatchObject({ copied: 2, removed: 4 });
    const manifest = await manifestOf(backupDir);
    expect(manifest.files.filter((file) => file.path.startsWith('trajects/')).length).toBe(2);
    expect(await filesInPacks(backupDir)).toEqual(packsNamedBy(manifest));

    // The search finds what is written in clear, so a clean result means something.
    const decoy = join(temp.root, 'decoy');
    await mkdir(decoy);
    await writeFile(join(decoy, 'notes.txt'), Buffer.concat([Buffer.from('x '), needles[0]!.bytes]));
    expect(await scanForNeedles(decoy, needles)).toHaveLength(1);
    expect(needles.length).toBeGreaterThan(12);
    expect(await scanForNeedles(join(temp.root, 'usb'), needles)).toEqual([]);
  });

  it('refuses a backup with a flipped byte, naming the file, and writes nothing', async () => {
    const damaged = join(temp.root, 'damaged-backup');
    await cp(backupDir, damaged, { recursive: true });
    const manifest = await manifestOf(damaged);
    const victim = manifest.files.find((file) => file.path.endsWith('/dossier.psv'))!;
    const bytes = await storedBytes(damaged, victim);
    bytes[Math.floor(bytes.length / 2)]! ^= 0x01;
    await overwriteStored(damaged, victim, bytes);

    const parent = join(temp.root, 'restore-damaged');
    await mkdir(parent);
    const into = join(parent, 'vault');
    const refused = await restoreCode({ backupDir: damaged, intoDir: into, passphrase: TEST_PASSPHRASE });
    expect(refused).toEqual({ code: 'backup_file_damaged', params: { file: victim.path } });
    expect(errorMessage('backup_file_damaged', 'en', refused.params)).toContain(victim.path);
    expect(await readdir(parent)).toEqual([]);
    await expect(verifyBackup(damaged)).rejects.toMatchObject({
      code: 'backup_file_damaged',
      params: { file: victim.path },
    });

    // Altered together with its manifest entry, the manifest's seal no longer holds; and with the seal taken off
    // and the format set back to the unsealed one, the coach must say it is an old backup, and then AES-GCM, not
    // the manifest, has the last word.
    victim.sha256 = sha256(bytes);
    await writeFile(join(damaged, BACKUP_MANIFEST), JSON.stringify(manifest));
    expect(await restoreCode({ backupDir: damaged, intoDir: into, passphrase: TEST_PASSPHRASE })).toEqual({
      code: 'backup_manifest_altered',
    });
    const unsealed = withoutSeal(manifest);
    await writeFile(join(damaged, BACKUP_MANIFEST), JSON.stringify({ ...unsealed, format: 2 }));
    expect(
      await restoreCode({ backupDir: damaged, intoDir: into, passphrase: TEST_PASSPHRASE, acceptUnsealed: true }),
    ).toEqual({ code: 'backup_file_damaged', params: { file: victim.path } });
    expect(await readdir(parent)).toEqual([]);
  });

  it('restores a backup of format 1 (a copy per file), and moves it into packs with the next backup', async () => {
    // Format 1 as the studio wrote it: objects/<first two hex>/<sha256>, and entries without a place in a pack.
    const legacy = join(temp.root, 'format-1');
    const manifest = await manifestOf(backupDir);
    for (const file of manifest.files) {
      const object = join(legacy, 'objects', file.sha256.slice(0, 2), file.sha256);
      await mkdir(dirname(object), { recursive: true });
      await writeFile(object, await storedBytes(backupDir, file));
    }
    const files = manifest.files.map(({ path, size, sha256 }) => ({ path, size, sha256 }));
    const unsealed = withoutSeal(manifest);
    await writeFile(join(legacy, BACKUP_MANIFEST), JSON.stringify({ ...unsealed, format: 1, files }));

    expect(await verifyBackup(legacy)).toMatchObject({ files: files.length, seal: 'none', opened: false });
    expect(await verifyBackup(legacy, TEST_PASSPHRASE)).toMatchObject({ seal: 'none', opened: true });
    const into = join(temp.root, 'restored-format-1');
    expect(await restoreCode({ backupDir: legacy, intoDir: into, passphrase: TEST_PASSPHRASE })).toEqual({
      code: 'backup_unsealed',
    });
    const restored = await restoreBackup({
      backupDir: legacy,
      intoDir: into,
      passphrase: TEST_PASSPHRASE,
      acceptUnsealed: true,
    });
    expect(restored).toMatchObject({ seal: 'none', files: files.length });
    expect(await inRestored(into, contentsOf)).toEqual(await contentsOf(temp.studio));

    // The next backup into that folder copies everything into a sealed pack, then clears the copies of format 1.
    const report = await temp.call('backup.create', { folder: legacy });
    expect(report).toMatchObject({ copied: report.files });
    expect((await readdir(legacy)).sort()).toEqual([BACKUP_MANIFEST, 'packs']);
    expect(await manifestOf(legacy)).toMatchObject({ format: 3, mac: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(await verifyBackup(legacy, TEST_PASSPHRASE)).toMatchObject({ files: report.files, seal: 'checked' });
  });

  it('refuses to restore into a folder that is not empty, a wrong passphrase, and a folder with no backup', async () => {
    const occupied = join(temp.root, 'occupied');
    await mkdir(occupied);
    await writeFile(join(occupied, 'notes.txt'), 'mine');
    expect(await restoreCode({ backupDir, intoDir: occupied, passphrase: TEST_PASSPHRASE })).toEqual({
      code: 'restore_folder_not_empty',
      params: { folder: 'occupied' },
    });
    expect(await readdir(occupied)).toEqual(['notes.txt']);
    expect(await restoreCode({ backupDir, intoDir: temp.vaultDir, passphrase: TEST_PASSPHRASE })).toMatchObject({
      code: 'restore_folder_not_empty',
    });

    const into = join(temp.root, 'wrong-passphrase');
    expect(await restoreCode({ backupDir, intoDir: into, passphrase: 'niet het goede wachtwoord' })).toEqual({
      code: 'wrong_passphrase',
    });
    expect((await readdir(temp.root)).filter((name) => name.startsWith('wrong-passphrase'))).toEqual([]);
    expect(await restoreCode({ backupDir: occupied, intoDir: into, passphrase: TEST_PASSPHRASE })).toEqual({
      code: 'backup_missing',
    });
  });

  it('refuses the vault folder itself, a folder of other files and the backup of another vault', async () => {
    expect(await temp.codeOf('backup.create', { folder: join(temp.vaultDir, 'backup') })).toBe('backup_inside_vault');
    expect(await temp.codeOf('backup.create', { folder: temp.root })).toBe('backup_inside_vault');

    const documents = join(temp.root, 'documents');
    await mkdir(documents);
    await writeFile(join(documents, 'offerte.docx'), 'not a backup');
    const refused = await temp.dispatch('backup.create', { folder: documents });
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'backup_folder_not_empty', params: { folder: 'documents' } },
    });
    expect(await readdir(documents)).toEqual(['offerte.docx']);

    // The root of a USB stick counts as empty: what the system puts there is not the coach's.
    const stick = join(temp.root, 'stick');
    await mkdir(join(stick, 'System Volume Information'), { recursive: true });
    await writeFile(join(stick, '.DS_Store'), 'finder');
    expect(await temp.call('backup.create', { folder: stick })).toMatchObject({ removed: 0 });
    expect((await readdir(stick)).sort()).toEqual(['.DS_Store', 'System Volume Information', BACKUP_MANIFEST, 'packs']);

    const other = await TempStudio.open();
    try {
      expect(await other.codeOf('backup.create', { folder: backupDir })).toBe('backup_other_vault');
    } finally {
      await other.dispose();
    }
    expect(await temp.codeOf('backup.create', { folder: 'relative/folder' })).toBe('invalid_request');
  });

  it('needs the vault unlocked', async () => {
    await temp.call('vault.lock', {});
    expect(await temp.codeOf('backup.create', { folder: backupDir })).toBe('vault_locked');
    await temp.call('vault.unlock', { passphrase: TEST_PASSPHRASE });
  });

  it('is taken without stopping work: saves made during it all land, and the backup is of one moment', async () => {
    const [, client] = loaded;
    const trajectId = client!.trajectId;
    const roundId = client!.roundIds.at(-1)!;
    const saves: Promise<unknown>[] = [];
    const backup = temp.call('backup.create', { folder: backupDir });
    for (let rev = 0; rev < 20; rev += 1) {
      saves.push(temp.call('reply.saveDraft', { trajectId, roundId, blocks: blocks(`revisie ${rev}`) }));
      await new Promise((resolveTick) => setImmediate(resolveTick));
    }
    await Promise.all([backup, ...saves]);
    const shown = await temp.call('traject.show', { id: trajectId });
    expect(JSON.stringify(shown.rounds.at(-1)!.draft)).toContain('revisie 19');

    const into = join(temp.root, 'restored-during-saves');
    await restoreBackup({ backupDir, intoDir: into, passphrase: TEST_PASSPHRASE });
    const draft = await inRestored(
      into,
      async (studio) => (await value(studio, 'traject.show', { id: trajectId })).rounds.at(-1)!.draft,
    );
    // Some revision, whole: the backup read a complete file.
    expect(JSON.stringify(draft)).toMatch(/p_open: (Over|Een nieuwe versie|revisie \d+)/);
  });
});

describe('restoring after the passphrase was changed', { timeout: 60_000 }, () => {
  it('opens the backup with the passphrase of today, keeping the newer vault.json', async () => {
    const studio = await TempStudio.open();
    try {
      const { id } = await studio.call('client.add', { name: 'Pieter Post' });
      const folder = join(studio.root, 'backup');
      await mkdir(folder);
      await studio.call('backup.create', { folder });
      const today = 'zeven zwanen zwemmen zachtjes zuidwaarts';
      await studio.call('vault.changePassphrase', { currentPassphrase: TEST_PASSPHRASE, newPassphrase: today });

      const into = join(studio.root, 'restored');
      const report = await restoreBackup({
        backupDir: folder,
        intoDir: into,
        passphrase: today,
        newerVaultDir: studio.vaultDir,
      });
      expect(report).toMatchObject({ newerPassphrase: true, newerVault: 'applied' });
      const clients = await inRestored(
        into,
        async (restored) => (await value(restored, 'client.list', {})).clients,
        today,
      );
      expect(clients.map((client) => client.id)).toEqual([id]);
      // Without the newer vault, only the passphrase of the backup's day opens it.
      expect(await restoreCode({ backupDir: folder, intoDir: join(studio.root, 'other'), passphrase: today })).toEqual({
        code: 'wrong_passphrase',
      });
    } finally {
      await studio.dispose();
    }
  });
});
