import type { MethodName } from '../../../shared/api/contract';
import type { Language } from '../../../shared/i18n/language';
import type { AppService } from '../../services/app/app-service';
import type { ArchiveService } from '../../services/archive/archive-service';
import type { AttachmentStore } from '../../services/attachments/attachment-store';
import type { PendingExports } from '../../services/export/pending-exports';
import type { StudioBackups } from '../../services/backup/studio-backups';
import type { CatalogueService } from '../../services/catalogue/catalogue-service';
import type { DossierService } from '../../services/dossiers/dossier-service';
import type { ReplyDraftService } from '../../services/email/reply-draft-service';
import type { ExportService } from '../../services/export/export-service';
import type { ImportService } from '../../services/import/import-service';
import type { PacketKeyStore } from '../../services/packet/packet-keys';
import type { PacketService } from '../../services/packet/packet-service';
import type { SearchService } from '../../services/search/search-service';
import type { SettingsService } from '../../services/settings/settings-service';
import type { SigningService } from '../../services/signing/signing-service';
import type { VaultIntegrity } from '../../services/vault/vault-integrity';
import type { VaultService } from '../../services/vault/vault-service';
import type { StudioHandlers } from './studio-handlers';
import type { WorkProgressTracker } from '../../services/app/work-progress';

/** Everything the API's handlers reach: the services of one vault, and the session around them. */
export interface StudioServices {
  now: () => number;
  /** The language of the coach's screens (error sentences, the recovery sheet). */
  language: () => Language;
  app: AppService;
  /** What the long piece of work running now is doing (export, close, backup, restore), for `app.work`. */
  work: WorkProgressTracker;
  vault: VaultService;
  integrity: VaultIntegrity;
  settings: SettingsService;
  catalogue: CatalogueService;
  dossiers: DossierService;
  attachments: AttachmentStore;
  /** The temps of exports being written (see platform/export-files.ts), swept at unlock. */
  pendingExports: PendingExports;
  search: SearchService;
  imports: ImportService;
  signing: SigningService;
  packetKeys: PacketKeyStore;
  packets: PacketService;
  exports: ExportService;
  replyDrafts: ReplyDraftService;
  archives: ArchiveService;
  backups: StudioBackups;
  session: StudioSession;
}

/** What follows from the coach's settings and must be current while the vault is open. */
export interface StudioSession {
  /** Run after every unlock: finishes what a crash interrupted, then reads the coach's settings. */
  opened: () => Promise<void>;
  /** The coach changed settings: the auto-lock and the language follow at once. */
  settingsChanged: (settings: { autoLockMinutes: number; language: Language }) => void;
}

type Namespace<M extends string> = M extends `${infer N}.${string}` ? N : never;

/** The handlers of one namespace of the contract (`'client'` → client.list, client.add, …). */
export type HandlersOf<N extends Namespace<MethodName>> = Pick<StudioHandlers, Extract<MethodName, `${N}.${string}`>>;

/** An export as the API returns it: the renderer gets bytes and a name to suggest, never a path. */
export function asFile({ fileName, bytes }: { fileName: string; bytes: Uint8Array }) {
  return { fileName, base64: Buffer.from(bytes).toString('base64') };
}

/** An attachment as the API returns it: the name and type the dossier recorded, and the bytes. */
export function asAttachment(ref: { name: string; mediaType: string }, bytes: Buffer) {
  return { name: ref.name, mediaType: ref.mediaType, size: bytes.length, base64: bytes.toString('base64') };
}
