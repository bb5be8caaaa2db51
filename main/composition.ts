import type { MethodName } from '../shared/api/contract';
import type { Language } from '../shared/i18n/language';
import { createDispatcher, type Dispatch } from './api/dispatcher';
import type { StudioHandlers } from './api/handlers';
import { StudioError } from '../shared/api/studio-error';
import { appVersion } from './platform/app-version';
import { AppService } from './services/app/app-service';
import { ArchiveService, type ArchivedContents } from './services/archive/archive-service';
import { BackupService } from './services/backup/backup-service';
import { StudioBackups } from './services/backup/studio-backups';
import { CatalogueService } from './services/catalogue/catalogue-service';
import { DossierService } from './services/dossiers/dossier-service';
import { ExportService } from './services/export/export-service';
import { certificateFileName } from './services/export/file-names';
import { ImportService } from './services/import/import-service';
import { SearchService } from './services/search/search-service';
import { SettingsService } from './services/settings/settings-service';
import { PacketKeyStore } from './services/packet/packet-keys';
import { PacketLedger } from './services/packet/packet-ledger';
import { PacketService } from './services/packet/packet-service';
import { SigningService } from './services/signing/signing-service';
import { reportDamage } from './services/vault/damage';
import { recoverySheetPdf } from './services/vault/recovery-sheet';
import { unseal } from './services/vault/sealed-file';
import { SealedStore } from './services/vault/sealed-store';
import { DEFAULT_AUTO_LOCK_MINUTES, VaultService, type VaultPorts } from './services/vault/vault-service';

export interface StudioOptions {
  vaultDir: string;
  language: () => Language;
  onUnexpectedError?: (method: string, error: unknown) => void;
  now?: () => number;
  /** Only for tests of other parts: a cheaper KDF for the vaults they create. */
  newKdf?: VaultPorts['newKdf'];
  instanceLockStaleMs?: number;
  /**
   * Speak the coach's chosen language (settings) once the vault is open, as the screens do; the CLI keeps to the
   * language of its terminal.
   */
  followCoachLanguage?: boolean;
}

export interface Studio {
  handlers: StudioHandlers;
  dispatch: Dispatch;
  vault: VaultService;
  /** For the CLI's commands on archive files the coach names by path (the API only knows ids). */
  archives: ArchiveService;
  /** For Electron's native folder dialog: the folder it chose goes here, main to main, never through the page. */
  backups: Pick<StudioBackups, 'choose'>;
  /** Saves what is pending, locks the vault and releases it for another studio. */
  close: () => Promise<void>;
}

/** Calls that only look (the status a screen polls) do not count as the coach being active. */
const PASSIVE_METHODS: ReadonlySet<MethodName> = new Set(['app.status']);

/** An export as the API returns it: the renderer gets bytes and a name to suggest, never a path. */
function asFile({ fileName, bytes }: { fileName: string; bytes: Buffer }) {
  return { fileName, base64: bytes.toString('base64') };
}

/** Builds the services for one vault folder and the dispatcher that all three front-ends share. */
export function createStudio(options: StudioOptions): Studio {
  const now = options.now ?? Date.now;
  let autoLockMinutes = DEFAULT_AUTO_LOCK_MINUTES;
  let coachLanguage: Language | undefined;
  const language = (): Language => (options.followCoachLanguage && coachLanguage) || options.language();
  const vault = new VaultService({
    vaultDir: options.vaultDir,
    now,
    newKdf: options.newKdf,
    instanceLockStaleMs: options.instanceLockStaleMs,
    autoLockMinutes: () => autoLockMinutes,
  });
  const store = new SealedStore(options.vaultDir, () => vault.key());
  const settings = new SettingsService(store, options.language);
  const catalogue = new CatalogueService(store);
  const dossiers = new DossierService({
    vaultDir: options.vaultDir,
    store,
    now,
    responseHours: async () => (await settings.get()).responseHours,
    questionExists: (questionId) => catalogue.questionExists(questionId),
  });
  const search = new SearchService({
    listClients: () => dossiers.listClients(),
    listTrajects: () => dossiers.listTrajects(),
    showTraject: (id) => dossiers.showTraject(id),
  });
  dossiers.onChange((change) => search.changed(change));
  const packetKeys = new PacketKeyStore(store, now);
  const packetLedger = new PacketLedger(store, now);
  const imports = new ImportService({
    store,
    now,
    language,
    questions: async () => (await catalogue.list()).places.flatMap((place) => place.questions),
    addRound: (trajectId, round) => dossiers.addRound(trajectId, round),
    packets: {
      // Opening a packet never makes a key: without one, no packet can have been made for this vault.
      key: () => packetKeys.read(),
      trajectExists: async (id) => (await dossiers.listTrajects()).some((traject) => traject.id === id),
      received: (packetId) => packetLedger.has(packetId),
      receive: (packetId, trajectId, work) => packetLedger.receive(packetId, trajectId, work),
    },
  });
  const signing = new SigningService({ store, now, coach: async () => (await settings.get()).coach });
  const packets = new PacketService({
    now,
    settings: () => settings.get(),
    catalogue: () => catalogue.list(),
    traject: async (id) => {
      const found = (await dossiers.listTrajects()).find((traject) => traject.id === id);
      if (!found) throw new StudioError('traject_not_found');
      return found;
    },
    coachKey: () => packetKeys.getOrCreate(),
  });
  const exports = new ExportService({
    now,
    settings: () => settings.get(),
    catalogue: () => catalogue.list(),
    showTraject: (id) => dossiers.showTraject(id),
    verifyTraject: (id) => dossiers.verifyTraject(id),
    listTrajects: (clientId) => dossiers.listTrajects(clientId),
    // Called only once the studio is running; the archive service is made below (it signs with this one).
    archived: (trajectId): Promise<ArchivedContents> => archives.accessContents(trajectId),
    requireClient: async (clientId) => {
      if (!(await dossiers.listClients()).some((client) => client.id === clientId)) {
        throw new StudioError('client_not_found');
      }
    },
    attachment: async (trajectId, ref) => {
      const title = (await dossiers.listTrajects()).find((traject) => traject.id === trajectId)?.title ?? '';
      return reportDamage(() => imports.attachment(trajectId, ref), 'dossier_damaged', { traject: title });
    },
    signing,
  });
  const app = new AppService({ version: appVersion, vaultState: () => vault.state() });
  const backups = new StudioBackups({
    vaultDir: options.vaultDir,
    backups: new BackupService({ vaultDir: options.vaultDir, store, now }),
    store,
    now,
  });
  const archives = new ArchiveService({
    vaultDir: options.vaultDir,
    store,
    now,
    dossiers,
    retentionYears: async () => (await settings.get()).retentionYears,
    // The final PDF is the client's copy: without the coach's private notes.
    finalPdf: (trajectId) => exports.dossierPdf(trajectId, false),
    unseal: (vaultPath, sealed) => unseal(vault.key(), vaultPath, sealed),
  });

  vault.onLock({
    before: () => store.flush(),
    after: () => {
      settings.forget();
      catalogue.forget();
      dossiers.forget();
      archives.forget();
      search.forget();
      imports.forget();
      coachLanguage = undefined;
    },
  });
  // The key is right once we get here: a file that cannot be opened is reported where it is used, not here.
  const afterUnlock = async () => {
    await dossiers.applyTombstones().catch(() => undefined);
    // A closing or restore a crash interrupted is finished (or undone) before anything reads the trajects.
    await archives.resume().catch(() => undefined);
    const current = await settings.get().catch(() => undefined);
    autoLockMinutes = current?.autoLockMinutes ?? DEFAULT_AUTO_LOCK_MINUTES;
    coachLanguage = current?.language;
    vault.touch();
    search.warm();
  };

  const handlers: StudioHandlers = {
    'app.status': () => app.status(),

    'vault.create': async ({ passphrase, language }) => {
      const { recoveryKey } = await vault.create(passphrase);
      await afterUnlock();
      const sheet = await recoverySheetPdf(recoveryKey, new Date(now()), language ?? options.language());
      return { recoveryKey, recoverySheetPdf: sheet.toString('base64') };
    },
    'vault.unlock': async ({ passphrase }) => {
      await vault.unlock(passphrase);
      await afterUnlock();
      return {};
    },
    'vault.recover': async ({ recoveryKey, newPassphrase }) => {
      await vault.recover(recoveryKey, newPassphrase);
      await afterUnlock();
      return {};
    },
    'vault.changePassphrase': async ({ currentPassphrase, newPassphrase }) => {
      await vault.changePassphrase(currentPassphrase, newPassphrase);
      return {};
    },
    'vault.lock': async () => {
      await vault.lock();
      return {};
    },

    'settings.get': () => settings.get(),
    'settings.update': async (patch) => {
      const updated = await settings.update(patch);
      autoLockMinutes = updated.autoLockMinutes;
      coachLanguage = updated.language;
      vault.touch();
      return updated;
    },

    'catalogue.list': () => catalogue.list(),
    'catalogue.save': (edited) => catalogue.save(edited),
    'catalogue.import': (imported) => catalogue.import(imported),

    'client.list': async () => ({ clients: await dossiers.listClients() }),
    'client.add': async (fields) => ({ id: (await dossiers.addClient(fields)).id }),
    'client.update': ({ id, fields }) => dossiers.updateClient(id, fields),
    'client.delete': async ({ id, reason }) => {
      await dossiers.deleteClient(id, reason);
      return {};
    },

    'traject.list': async ({ clientId }) => ({ trajects: await dossiers.listTrajects(clientId) }),
    'traject.add': async (input) => ({ id: (await dossiers.addTraject(input)).id }),
    'traject.update': ({ id, fields }) => dossiers.updateTraject(id, fields),
    'traject.show': ({ id }) => dossiers.showTraject(id),
    'traject.verify': ({ id }) => dossiers.verifyTraject(id),
    'traject.addNote': async ({ trajectId, content }) => {
      await dossiers.addNote(trajectId, content);
      return {};
    },

    'round.add': ({ trajectId, receivedAt, source, answers }) =>
      dossiers.addRound(trajectId, {
        receivedAt,
        source,
        answers: answers.map(({ question, title, content }) => ({ questionId: question, title, content })),
      }),
    'reply.saveDraft': ({ trajectId, roundId, blocks }) => dossiers.saveDraft(trajectId, roundId, blocks),
    'search.query': ({ query }) => search.search(query),
    'reply.send': ({ trajectId, roundId, allowEmptyBlocks }) =>
      dossiers.sendReply(trajectId, roundId, allowEmptyBlocks),
    'import.preview': async ({ trajectId, files }) => ({
      results: await imports.preview(
        trajectId,
        files.map(({ name, base64 }) => ({ name, bytes: Buffer.from(base64, 'base64') })),
      ),
    }),
    'import.commit': async ({ trajectId, rounds }) => ({ rounds: await imports.commit(trajectId, rounds) }),
    // Only what the traject's own dossier names can be read, so an id from another traject finds nothing.
    'attachment.read': async ({ trajectId, attachmentId }) => {
      const { traject, rounds } = await dossiers.showTraject(trajectId);
      const ref = rounds
        .flatMap((round) => round.answers.flatMap((answer) => answer.attachments))
        .find((candidate) => candidate.id === attachmentId);
      if (!ref) throw new StudioError('attachment_not_found');
      const damaged = { traject: traject.title };
      const bytes = await reportDamage(() => imports.attachment(trajectId, ref), 'dossier_damaged', damaged);
      // The dossier names the file, so a missing one was lost or moved: damage, not an unknown attachment.
      if (!bytes) throw new StudioError('dossier_damaged', { params: damaged });
      return { name: ref.name, mediaType: ref.mediaType, size: bytes.length, base64: bytes.toString('base64') };
    },

    'signing.show': async () => {
      const identity = await signing.show();
      return identity ? { identity } : {};
    },
    'signing.create': ({ replace }) => signing.create(replace),
    'signing.importP12': ({ base64, password, replace }) =>
      signing.importP12(Buffer.from(base64, 'base64'), password, replace),
    'signing.exportCert': async () => {
      const der = await signing.certificateDer();
      const { coach, language } = await settings.get();
      return { fileName: certificateFileName(coach.name, language), base64: der.toString('base64') };
    },
    'packet.key': () => packetKeys.describe(),
    'packet.create': async (request) => asFile(await packets.create(request)),
    'export.dossierPdf': async ({ trajectId, includeNotes }) =>
      asFile(await exports.dossierPdf(trajectId, includeNotes)),
    'export.replyPdf': async ({ trajectId, roundId }) => asFile(await exports.replyPdf(trajectId, roundId)),
    'export.accessBundle': async ({ clientId }) => {
      const files = [];
      for await (const file of exports.accessBundle(clientId)) files.push(asFile(file));
      return { files };
    },

    'traject.close': ({ id, retentionYears }) => archives.close(id, retentionYears),
    'archive.list': async () => ({ archives: await archives.list() }),
    'archive.verify': ({ id }) => archives.verify(id),
    'archive.open': ({ id }) => archives.open(id),
    'archive.restore': ({ id }) => archives.restore(id),
    'archive.exportPdf': async ({ id }) => asFile(await archives.exportPdf(id)),
    'archive.readAttachment': async ({ id, attachmentId }) => {
      const { ref, bytes } = await archives.readAttachment(id, attachmentId);
      return { name: ref.name, mediaType: ref.mediaType, size: bytes.length, base64: bytes.toString('base64') };
    },
    'archive.destroy': async ({ id, reason, force }) => {
      await archives.destroy(id, reason, force);
      return {};
    },

    // Copying sealed files needs no key, but only the coach who has the vault open may make a copy of it.
    'backup.create': async ({ folder }) => {
      vault.key();
      return backups.create(folder);
    },
    'backup.status': async () => {
      vault.key();
      return backups.status();
    },
    // Only while there is no vault (the service checks): the restored vault is then unlocked like any other.
    'backup.restore': ({ folder }) => backups.restore(folder),
  };

  const dispatch = createDispatcher(handlers, {
    language,
    onUnexpectedError: options.onUnexpectedError,
  });

  return {
    handlers,
    vault,
    archives,
    backups,
    dispatch: (method, request) => {
      if (!PASSIVE_METHODS.has(method as MethodName)) vault.touch();
      return dispatch(method, request);
    },
    close: () => vault.close(),
  };
}
