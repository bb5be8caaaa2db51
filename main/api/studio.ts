import { studioContract, type MethodName } from '../../shared/api/contract';
import { localContract } from '../../shared/api/local-contract';
import { StudioError } from '../../shared/api/studio-error';
import type { Language } from '../../shared/i18n/language';
import { appVersion } from '../platform/app-version';
import { AppService } from '../services/app/app-service';
import { WorkProgressTracker } from '../services/app/work-progress';
import { ArchiveService, type ArchivedContents } from '../services/archive/archive-service';
import { AttachmentStore } from '../services/attachments/attachment-store';
import { PendingExports } from '../services/export/pending-exports';
import { BackupService } from '../services/backup/backup-service';
import { StudioBackups } from '../services/backup/studio-backups';
import { CatalogueService } from '../services/catalogue/catalogue-service';
import { DossierService } from '../services/dossiers/dossier-service';
import { ExportService } from '../services/export/export-service';
import { ReplyDraftService } from '../services/email/reply-draft-service';
import { ImportService } from '../services/import/import-service';
import { PacketKeyStore } from '../services/packet/packet-keys';
import { IssuedPackets } from '../services/packet/issued-packets';
import { dossierHoldsPacket, PacketLedger } from '../services/packet/packet-ledger';
import { PacketService } from '../services/packet/packet-service';
import { SearchService } from '../services/search/search-service';
import { SettingsService } from '../services/settings/settings-service';
import { SigningService } from '../services/signing/signing-service';
import { unseal } from '../services/vault/sealed-file';
import { VaultIntegrity } from '../services/vault/vault-integrity';
import { SealedStore } from '../services/vault/sealed-store';
import { DEFAULT_AUTO_LOCK_MINUTES, VaultService, type VaultPorts } from '../services/vault/vault-service';
import { createDispatcher, type Dispatch } from './dispatcher';
import { appHandlers } from './handlers/app';
import { archiveHandlers } from './handlers/archive';
import { backupHandlers } from './handlers/backup';
import { catalogueHandlers } from './handlers/catalogue';
import { clientHandlers } from './handlers/client';
import { exportHandlers } from './handlers/export';
import { importHandlers } from './handlers/import';
import { packetHandlers } from './handlers/packet';
import { roundHandlers } from './handlers/round';
import { searchHandlers } from './handlers/search';
import { settingsHandlers } from './handlers/settings';
import { signingHandlers } from './handlers/signing';
import { localHandlers } from './handlers/local';
import type { StudioHandlers } from './handlers/studio-handlers';
import type { StudioServices, StudioSession } from './handlers/studio-services';
import { trajectHandlers } from './handlers/traject';
import { vaultHandlers } from './handlers/vault';

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
  /** The studio contract, for the screens (Electron IPC, the browser host). */
  dispatch: Dispatch;
  /** The studio contract and the command line's own methods (shared/api/local-contract.ts), for the CLI alone. */
  dispatchLocal: Dispatch;
  vault: VaultService;
  /** For Electron's native folder dialog: the folder it chose goes here, main to main, never through the page. */
  backups: Pick<StudioBackups, 'choose'>;
  /** Saves what is pending, locks the vault and releases it for another studio. */
  close: () => Promise<void>;
}

/** Calls that only look (the status a screen polls) do not count as the coach being active. */
const PASSIVE_METHODS: ReadonlySet<MethodName> = new Set([
  'app.status',
  'app.reminders',
  'app.work',
  'import.progress',
]);

/**
 * The composition root: builds the services for one vault folder, hands each port what it needs, and puts the
 * API's handlers (main/api/handlers/, one file per namespace) behind the dispatcher all three front-ends share.
 */
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
  const store = new SealedStore(
    options.vaultDir,
    () => vault.keyRing(),
    () => vault.isReadOnly(),
  );
  const integrity = new VaultIntegrity({ vault, store, now });
  const attachments = new AttachmentStore(store, options.vaultDir);
  const pendingExports = new PendingExports(store);
  const settings = new SettingsService(store, options.language);
  const catalogue = new CatalogueService(store);
  const dossiers = new DossierService({
    vaultDir: options.vaultDir,
    store,
    now,
    responseHours: async () => (await settings.get()).responseHours,
    questionExists: (questionId) => catalogue.questionExists(questionId),
  });
  const findTraject = async (id: string) => {
    const found = (await dossiers.listTrajects()).find((traject) => traject.id === id);
    if (!found) throw new StudioError('traject_not_found');
    return found;
  };
  const findClient = async (id: string) => {
    const found = (await dossiers.listClients()).find((client) => client.id === id);
    if (!found) throw new StudioError('client_not_found');
    return found;
  };
  const search = new SearchService({
    listClients: () => dossiers.listClients(),
    listTrajects: () => dossiers.listTrajects(),
    showTraject: (id) => dossiers.showTraject(id),
  });
  dossiers.onChange((change) => search.changed(change));
  const packetKeys = new PacketKeyStore(store, now);
  const issuedPackets = new IssuedPackets(store, now, async () => (await packetKeys.read()) !== undefined);
  const packetLedger = new PacketLedger(
    store,
    now,
    dossierHoldsPacket((trajectId) => dossiers.storedDossier(trajectId)),
  );
  const imports = new ImportService({
    attachments,
    now,
    language,
    questions: async () => (await catalogue.list()).places.flatMap((place) => place.questions),
    addRound: (trajectId, round) => dossiers.addRound(trajectId, round),
    trajectFacts: async (trajectId) => {
      const { client, rounds } = await dossiers.showTraject(trajectId);
      return { clientEmail: client.email, rounds };
    },
    packets: {
      // Opening a packet never makes a key: without one, no packet can have been made for this vault.
      key: () => packetKeys.read(),
      trajectExists: async (id) => (await dossiers.listTrajects()).some((traject) => traject.id === id),
      received: (packetId) => packetLedger.has(packetId),
      standing: (packetId) => issuedPackets.standing(packetId),
      receive: (packetId, trajectId, work) => packetLedger.receive(packetId, trajectId, work),
    },
  });
  const signing = new SigningService({ store, now, coach: async () => (await settings.get()).coach });
  const packets = new PacketService({
    now,
    settings: () => settings.get(),
    catalogue: () => catalogue.list(),
    traject: findTraject,
    client: findClient,
    coachKey: () => packetKeys.getOrCreate(),
    issue: (packet) => issuedPackets.issue(packet),
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
    requireClient: findClient,
    attachment: async (trajectId, ref) => {
      const { title } = await findTraject(trajectId);
      return attachments.readRecorded(trajectId, ref, title);
    },
    signing,
  });
  const replyDrafts = new ReplyDraftService({
    now,
    settings: () => settings.get(),
    showTraject: (id) => dossiers.showTraject(id),
    replyPdf: (trajectId, roundId) => exports.replyPdf(trajectId, roundId),
    createPacket: (request) => packets.create(request),
    recordDraft: (trajectId, roundId) => dossiers.recordDelivery(trajectId, roundId, 'draft'),
  });
  const backups = new StudioBackups({
    vaultDir: options.vaultDir,
    backups: new BackupService({ vaultDir: options.vaultDir, store, key: () => vault.key(), now }),
    store,
    now,
  });
  const archives = new ArchiveService({
    vaultDir: options.vaultDir,
    store,
    now,
    dossiers,
    attachments,
    retentionYears: async () => (await settings.get()).retentionYears,
    closingPreflight: async () => {
      await signing.materialForSigning(new Date(now()));
    },
    // The final PDF is the client's copy: without the coach's private notes.
    finalPdf: (trajectId) => exports.dossierPdf(trajectId, false),
    unseal: (vaultPath, sealed) => unseal(vault.keyRing().keyOf, vaultPath, sealed),
  });

  vault.onLock({
    before: () => store.flush(),
    after: () => {
      store.closeLedger();
      settings.forget();
      catalogue.forget();
      dossiers.forget();
      archives.forget();
      search.forget();
      imports.forget();
      pendingExports.forget();
      coachLanguage = undefined;
    },
  });
  const session: StudioSession = {
    // The key is right once we get here: a file that cannot be opened is reported where it is used, not here.
    opened: async () => {
      // The vault's own files are checked against its ledger before anything reads them; a vault.json put back
      // from an old copy locks it again rather than work on.
      await integrity.opened().catch(async (error: unknown) => {
        await vault.lock();
        throw error;
      });
      const tombstones = await dossiers.applyTombstones().catch(() => []);
      await archives.applyTombstones(tombstones).catch(() => undefined);
      // A packet import a crash interrupted: its receipt follows what its traject's dossier holds. Before closings
      // are resumed, while every traject the receipt could name is still in its folder.
      await packetLedger.settle().catch(() => undefined);
      // The record of packets made begins with the first unlock that keeps one (see IssuedPackets).
      await issuedPackets.begin().catch(() => undefined);
      // Decrypted bytes of an export a crash interrupted are removed from beside its target.
      await pendingExports.sweep().catch(() => undefined);
      // A closing or restore a crash interrupted is finished (or undone) before anything reads the trajects.
      await archives.resume().catch(() => undefined);
      await dossiers.settleSummaries().catch(() => undefined);
      const current = await settings.get().catch(() => undefined);
      if (current) session.settingsChanged(current);
      vault.touch();
      search.warm();
    },
    settingsChanged: (changed) => {
      autoLockMinutes = changed.autoLockMinutes;
      coachLanguage = changed.language;
    },
  };

  const services: StudioServices = {
    now,
    language,
    work: new WorkProgressTracker(),
    app: new AppService({
      version: appVersion,
      vaultState: () => vault.state(),
      health: () => (vault.isUnlocked() ? integrity.health() : undefined),
    }),
    vault,
    integrity,
    settings,
    catalogue,
    dossiers,
    attachments,
    pendingExports,
    search,
    imports,
    signing,
    packetKeys,
    packets,
    exports,
    replyDrafts,
    archives,
    backups,
    session,
  };
  const handlers: StudioHandlers = {
    ...appHandlers(services),
    ...vaultHandlers(services),
    ...settingsHandlers(services),
    ...catalogueHandlers(services),
    ...clientHandlers(services),
    ...trajectHandlers(services),
    ...roundHandlers(services),
    ...searchHandlers(services),
    ...importHandlers(services),
    ...signingHandlers(services),
    ...packetHandlers(services),
    ...exportHandlers(services),
    ...backupHandlers(services),
    ...archiveHandlers(services),
  };

  const dispatcherOptions = { language, onUnexpectedError: options.onUnexpectedError };
  const dispatchStudio = createDispatcher(studioContract, handlers, dispatcherOptions);
  const dispatchOwn = createDispatcher(localContract, localHandlers(services), dispatcherOptions);
  const dispatch: Dispatch = (method, request) => {
    if (!PASSIVE_METHODS.has(method as MethodName)) vault.touch();
    return dispatchStudio(method, request);
  };

  return {
    handlers,
    vault,
    backups,
    dispatch,
    dispatchLocal: (method, request) =>
      Object.hasOwn(localContract, method) ? dispatchOwn(method, request) : dispatch(method, request),
    close: () => vault.close(),
  };
}
