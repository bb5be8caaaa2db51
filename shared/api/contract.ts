import { WorkProgressSchema } from '../domain/work-progress';
import * as z from 'zod';
import { AppStatusSchema } from '../domain/app-status';
import {
  BackupReportSchema,
  BackupStatusSchema,
  CreateBackupRequestSchema,
  RestoreBackupRequestSchema,
  RestoredBackupSchema,
} from '../domain/backup';
import { ArchiveSummarySchema, ArchiveVerificationSchema, RetentionYearsSchema } from '../domain/archive';
import { METHOD_NAMES, type MethodName } from './method-names';
import { CatalogueSchema } from '../domain/catalogue';
import { ExportedFileSchema } from '../domain/export';
import { ClientFieldsSchema, ClientSchema } from '../domain/client';
import {
  AttachmentRefSchema,
  TrajectVerificationSchema,
  DossierViewSchema,
  RoundSourceSchema,
  RoundViewSchema,
} from '../domain/dossier';
import {
  AttachmentIdSchema,
  CatalogueIdSchema,
  ClientIdSchema,
  IsoDateTimeSchema,
  RoundIdSchema,
  TrajectIdSchema,
} from '../domain/ids';
import { ReplyBlocksSchema } from '../domain/passie';
import {
  ImportCommitRequestSchema,
  ImportCommitResponseSchema,
  ImportJobRequestSchema,
  ImportPreviewRequestSchema,
  ImportProgressSchema,
  ImportPreviewResponseSchema,
} from '../domain/import';
import { RichDocSchema } from '../domain/rich-text';
import { SearchRequestSchema, SearchResultsSchema } from '../domain/search';
import { ImportP12RequestSchema, SigningIdentitySchema } from '../domain/signing';
import { PacketKeyInfoSchema } from '../domain/packet-key';
import { CreatePacketRequestSchema } from '../packet/packet-page-data';
import { RemindersStateSchema } from '../domain/reminders';
import { SettingsPatchSchema, SettingsSchema } from '../domain/settings';
import { TrajectFieldsSchema, TrajectSummarySchema } from '../domain/traject';
import {
  ChangePassphraseRequestSchema,
  CreateVaultRequestSchema,
  CreateVaultResponseSchema,
  EmptySchema,
  NewRecoveryKeyRequestSchema,
  RecoveryKeyResponseSchema,
  VaultHealthSchema,
  RebuiltIndexSchema,
  RecoverVaultRequestSchema,
  UnlockVaultRequestSchema,
} from '../domain/vault';

const IdResponse = z.object({ id: z.string() }).strict();
const ReasonSchema = z.string().trim().min(1).max(500);

export const NewAnswerSchema = z
  .object({
    question: CatalogueIdSchema.optional(),
    title: z.string().trim().min(1).max(500).optional(),
    content: RichDocSchema,
  })
  .strict()
  .refine((answer) => answer.question !== undefined || answer.title !== undefined, {
    message: 'an answer needs a question or a title',
  });

/**
 * The one API of the studio: every method with the schema of its request and of its response. The Electron
 * preload, the browser host and the CLI are all derived from this table; types are inferred, never re-declared.
 */
export const studioContract = {
  'app.status': { request: EmptySchema, response: AppStatusSchema },
  /** What the reminders of the response clock need, polled every minute: passive, like app.status. */
  'app.reminders': { request: EmptySchema, response: RemindersStateSchema },
  /** The long piece of work running now (export, close, backup, restore): its stage and counts, polled; passive. */
  'app.work': { request: EmptySchema, response: WorkProgressSchema },

  'vault.create': { request: CreateVaultRequestSchema, response: CreateVaultResponseSchema },
  'vault.unlock': { request: UnlockVaultRequestSchema, response: EmptySchema },
  'vault.recover': { request: RecoverVaultRequestSchema, response: EmptySchema },
  'vault.changePassphrase': { request: ChangePassphraseRequestSchema, response: EmptySchema },
  'vault.lock': { request: EmptySchema, response: EmptySchema },
  /**
   * A recovery key just made (vault.create, rotateKey, newRecoveryKey) that the coach has not yet confirmed keeping:
   * a reload of the window shows it again. Held in memory only, until confirmed or the vault locks.
   */
  'vault.unconfirmedRecoveryKey': {
    request: EmptySchema,
    response: z.object({ unconfirmed: RecoveryKeyResponseSchema.optional() }).strict(),
  },
  /** The coach has kept the recovery key: the studio forgets it. */
  'vault.confirmRecoveryKey': { request: EmptySchema, response: EmptySchema },
  /**
   * A new data key for the whole vault and a new recovery key (shown once): every file is re-sealed, so an old
   * vault.json with an old passphrase opens nothing written from now on. The passphrase is asked again first.
   */
  'vault.rotateKey': { request: NewRecoveryKeyRequestSchema, response: RecoveryKeyResponseSchema },
  /** A new recovery key for the same data key; the old recovery key stops working. */
  'vault.newRecoveryKey': { request: NewRecoveryKeyRequestSchema, response: RecoveryKeyResponseSchema },
  /** Checks every file of the vault against its ledger again, and says what is damaged. */
  'vault.check': { request: EmptySchema, response: VaultHealthSchema },
  /**
   * Makes the overview of clients and trajects (index.psv) again from the dossiers and the archives, when it cannot
   * be read or is an old copy. A client whose name only the lost index knew is named as unknown, to be named again.
   */
  'vault.rebuildIndex': { request: EmptySchema, response: RebuiltIndexSchema },

  'settings.get': { request: EmptySchema, response: SettingsSchema },
  'settings.update': { request: SettingsPatchSchema, response: SettingsSchema },

  'catalogue.list': { request: EmptySchema, response: CatalogueSchema },
  'catalogue.save': { request: CatalogueSchema, response: CatalogueSchema },
  'catalogue.import': {
    request: CatalogueSchema,
    response: z.object({ places: z.number().int(), questions: z.number().int() }).strict(),
  },

  'client.list': { request: EmptySchema, response: z.object({ clients: z.array(ClientSchema) }).strict() },
  'client.add': { request: ClientFieldsSchema, response: IdResponse },
  'client.update': {
    request: z.object({ id: ClientIdSchema, fields: ClientFieldsSchema.partial() }).strict(),
    response: ClientSchema,
  },
  'client.delete': { request: z.object({ id: ClientIdSchema, reason: ReasonSchema }).strict(), response: EmptySchema },

  'traject.list': {
    request: z.object({ clientId: ClientIdSchema.optional() }).strict(),
    response: z.object({ trajects: z.array(TrajectSummarySchema) }).strict(),
  },
  'traject.add': { request: TrajectFieldsSchema.extend({ clientId: ClientIdSchema }).strict(), response: IdResponse },
  'traject.update': {
    request: z.object({ id: TrajectIdSchema, fields: TrajectFieldsSchema.partial() }).strict(),
    response: TrajectSummarySchema,
  },
  'traject.show': { request: z.object({ id: TrajectIdSchema }).strict(), response: DossierViewSchema },
  'traject.verify': { request: z.object({ id: TrajectIdSchema }).strict(), response: TrajectVerificationSchema },
  'traject.addNote': {
    request: z.object({ trajectId: TrajectIdSchema, content: RichDocSchema }).strict(),
    response: EmptySchema,
  },
  /** A note rewritten; the earlier wording stays in the dossier's history. */
  'traject.editNote': {
    request: z
      .object({ trajectId: TrajectIdSchema, noteSeq: z.number().int().min(0), content: RichDocSchema })
      .strict(),
    response: EmptySchema,
  },

  'round.add': {
    request: z
      .object({
        trajectId: TrajectIdSchema,
        receivedAt: IsoDateTimeSchema.optional(),
        source: RoundSourceSchema.default('typed'),
        answers: z.array(NewAnswerSchema).min(1).max(200),
      })
      .strict(),
    response: RoundViewSchema,
  },
  /** A round answered some other way (before the studio, by phone) waits no more; `false` takes that back. */
  'round.markAnsweredOutside': {
    request: z.object({ trajectId: TrajectIdSchema, roundId: RoundIdSchema, answeredOutside: z.boolean() }).strict(),
    response: EmptySchema,
  },
  'reply.saveDraft': {
    request: z.object({ trajectId: TrajectIdSchema, roundId: RoundIdSchema, blocks: ReplyBlocksSchema }).strict(),
    response: z.object({ updatedAt: IsoDateTimeSchema }).strict(),
  },
  'reply.send': {
    request: z
      .object({ trajectId: TrajectIdSchema, roundId: RoundIdSchema, allowEmptyBlocks: z.boolean().default(false) })
      .strict(),
    response: z.object({ sentAt: IsoDateTimeSchema }).strict(),
  },
  /** Records that a sent reply left the studio by the clipboard or a mailto: link (a draft records itself). */
  'reply.recordDelivery': {
    request: z
      .object({ trajectId: TrajectIdSchema, roundId: RoundIdSchema, method: z.enum(['copied', 'mailto']) })
      .strict(),
    response: z.object({ at: IsoDateTimeSchema }).strict(),
  },
  /**
   * A sent reply as an unsent e-mail (.eml) to the client, in the client's language, with the signed reply PDF and,
   * when `packet` is given, a new answer packet attached; records the delivery `draft`.
   */
  'reply.emailDraft': {
    request: z
      .object({
        trajectId: TrajectIdSchema,
        roundId: RoundIdSchema,
        packet: CreatePacketRequestSchema.omit({ trajectId: true, language: true }).optional(),
      })
      .strict(),
    response: ExportedFileSchema,
  },
  'search.query': { request: SearchRequestSchema, response: SearchResultsSchema },

  /** Files as base64 (never paths): a preview per file, ok or a typed error; nothing is written. */
  'import.preview': { request: ImportPreviewRequestSchema, response: ImportPreviewResponseSchema },
  /** How far a running import.preview is (by the jobId it was given); polled by the screens, not activity. */
  'import.progress': { request: ImportJobRequestSchema, response: ImportProgressSchema },
  /** Stops a running import.preview: the file being read at once, the rest unread; it answers as cancelled. */
  'import.cancel': {
    request: ImportJobRequestSchema,
    response: z.object({ cancelled: z.boolean() }).strict(),
  },
  /** Confirmed previews as rounds; attachments are referred to by the tokens the preview gave. */
  'import.commit': { request: ImportCommitRequestSchema, response: ImportCommitResponseSchema },
  /** An attachment of an answer in the traject, as base64; name and type are the ones the dossier recorded. */
  'attachment.read': {
    request: z.object({ trajectId: TrajectIdSchema, attachmentId: AttachmentIdSchema }).strict(),
    response: AttachmentRefSchema.pick({ name: true, mediaType: true, size: true })
      .extend({ base64: z.string() })
      .strict(),
  },
  /** The coach's signing certificate, if one has been made or imported. */
  'signing.show': {
    request: EmptySchema,
    response: z.object({ identity: SigningIdentitySchema.optional() }).strict(),
  },
  /** A new self-signed certificate (RSA 3072, SHA-256) for the coach; refused when one exists, unless replacing. */
  'signing.create': {
    request: z.object({ replace: z.boolean().default(false) }).strict(),
    response: SigningIdentitySchema,
  },
  /** A PKCS#12 file from a trust provider; the password opens it once and is never stored. */
  'signing.importP12': { request: ImportP12RequestSchema, response: SigningIdentitySchema },
  /** The public certificate (DER, .cer), for the coach to give to clients who want to check signatures. */
  'signing.exportCert': { request: EmptySchema, response: ExportedFileSchema },
  /** The coach's answer-packet key (made on first use): its fingerprint and creation date, never the key. */
  'packet.key': { request: EmptySchema, response: PacketKeyInfoSchema },
  /**
   * "Antwoordpakket maken": one self-contained HTML page with the chosen questions, the note and the coach's public
   * key, in which the client answers offline and seals the answers for this coach alone.
   */
  'packet.create': { request: CreatePacketRequestSchema, response: ExportedFileSchema },
  /** The signed dossier PDF of a traject; makes the signing certificate on first use. */
  'export.dossierPdf': {
    request: z.object({ trajectId: TrajectIdSchema, includeNotes: z.boolean().default(false) }).strict(),
    response: ExportedFileSchema,
  },
  /** The signed PDF of one sent reply. */
  'export.replyPdf': {
    request: z.object({ trajectId: TrajectIdSchema, roundId: RoundIdSchema }).strict(),
    response: ExportedFileSchema,
  },
  /** A client's access request: the signed dossier PDF of each of their trajects and every attachment. */
  'export.accessBundle': {
    request: z.object({ clientId: ClientIdSchema }).strict(),
    response: z.object({ files: z.array(ExportedFileSchema) }).strict(),
  },
  /**
   * "Back-up maken": the vault's sealed files, as encrypted as they are, into the folder the coach chose (an
   * absolute path from the CLI or typed in the browser mode; omitted: the folder just chosen in Electron's native
   * dialog, else the last backup's). The folder must exist (a USB stick not plugged in is said, not created on the
   * local disk). Incremental on later runs; the folder and the moment are remembered, sealed, for the next one.
   */
  'backup.create': { request: CreateBackupRequestSchema, response: BackupReportSchema },
  /** When the last backup was made, and the name of its folder (never its path). */
  'backup.status': { request: EmptySchema, response: BackupStatusSchema },
  /**
   * "Terugzetten uit een back-up", only while the studio has no vault: the backup is checked against its manifest
   * and restored into the studio's own (empty) vault folder, which is then locked; the coach unlocks it with the
   * backed-up vault's passphrase (or recovery key), and the backup's deletions are applied on that unlock.
   */
  'backup.restore': { request: RestoreBackupRequestSchema, response: RestoredBackupSchema },

  /**
   * "Traject afsluiten": `trajectClosed` enters the chain, the final signed PDF is made, and the traject folder is
   * packed into one sealed archive, verified, and only then removed. Retention: settings' default unless given.
   * Repeating it for a closed traject that is not archived (a restored one, or a closing that failed) archives it.
   */
  'traject.close': {
    request: z.object({ id: TrajectIdSchema, retentionYears: RetentionYearsSchema.optional() }).strict(),
    response: ArchiveSummarySchema,
  },
  /** Every archive, soonest retention date first, with its due state (no archive is unsealed for this). */
  'archive.list': { request: EmptySchema, response: z.object({ archives: z.array(ArchiveSummarySchema) }).strict() },
  /** Unseals and unzips the archive and checks every entry's SHA-256 and the hash chain; a typed error otherwise. */
  'archive.verify': { request: z.object({ id: TrajectIdSchema }).strict(), response: ArchiveVerificationSchema },
  /** The archived dossier, read-only, in the shape of traject.show. */
  'archive.open': { request: z.object({ id: TrajectIdSchema }).strict(), response: DossierViewSchema },
  /** Back to a closed, read-only traject; the archive is removed only once the restored folder checks out. */
  'archive.restore': { request: z.object({ id: TrajectIdSchema }).strict(), response: TrajectSummarySchema },
  /** The final signed dossier PDF inside the archive. */
  'archive.exportPdf': { request: z.object({ id: TrajectIdSchema }).strict(), response: ExportedFileSchema },
  /** An attachment of an answer in the archived dossier, from the archive itself, in the shape of attachment.read. */
  'archive.readAttachment': {
    request: z.object({ id: TrajectIdSchema, attachmentId: AttachmentIdSchema }).strict(),
    response: AttachmentRefSchema.pick({ name: true, mediaType: true, size: true })
      .extend({ base64: z.string() })
      .strict(),
  },
  /** Destroys an archive once due (or earlier with `force`); a tombstone with the reason stays in audit.psv. */
  'archive.destroy': {
    request: z.object({ id: TrajectIdSchema, reason: ReasonSchema, force: z.boolean().default(false) }).strict(),
    response: EmptySchema,
  },
} as const satisfies Record<string, { request: z.ZodType; response: z.ZodType }>;

export type StudioContract = typeof studioContract;
export type { MethodName };

// Fails to compile when METHOD_NAMES and the contract disagree in either direction.
type SameKeys<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const namesMatchContract: SameKeys<keyof StudioContract, MethodName> = true;
void namesMatchContract;
export type RequestOf<M extends MethodName> = z.input<StudioContract[M]['request']>;
/** The request as a handler receives it: validated, with defaults applied. */
export type ParsedRequestOf<M extends MethodName> = z.output<StudioContract[M]['request']>;
export type ResponseOf<M extends MethodName> = z.output<StudioContract[M]['response']>;

export const methodNames: readonly MethodName[] = METHOD_NAMES;

export function isMethodName(name: string): name is MethodName {
  return Object.hasOwn(studioContract, name);
}
