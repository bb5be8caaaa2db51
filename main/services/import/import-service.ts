import type { ApiError } from '../../../shared/api/errors';
import type { Question } from '../../../shared/domain/catalogue';
import type { z } from 'zod';
import type { AttachmentRefSchema, RoundOrigin, RoundView } from '../../../shared/domain/dossier';
import type {
  ImportAnswer,
  ImportAttachment,
  ImportFileResult,
  ImportKind,
  ImportPreview,
  ImportProgress,
  ImportWarning,
} from '../../../shared/domain/import';
import { isPlausibleDate } from '../../../shared/domain/ids';
import { isEmptyDoc, type RichDoc } from '../../../shared/domain/rich-text';
import { apiError } from '../../../shared/i18n/error-messages';
import { type Language } from '../../../shared/i18n/language';
import { StudioError } from '../../../shared/api/studio-error';
import type { NewRound } from '../dossiers/dossier-service';
import { newId } from '../new-id';
import type { AttachmentStore } from '../attachments/attachment-store';
import type { DraftProgress, FileDraft } from './file-draft';
import { NAMELESS } from '../export/file-names';
import { safeAttachmentName } from './eml-source';
import { ImportError } from './import-error';
import { ImportRunner, type RunnerLimits } from './import-runner';
import { formatSize, IMPORT_LIMITS } from '../../../shared/domain/import-limits';
import { openPacketForImport, type PacketSourcePorts } from './packet-source';
import { sniffContent } from './sniff';
import { richTextFromText } from './text-to-rich';
import { importWarning } from './warnings';
import { idPattern } from '../../../shared/domain/id-pattern';

export interface ImportPorts {
  attachments: AttachmentStore;
  now: () => number;
  language: () => Language;
  questions: () => Promise<Question[]>;
  addRound: (trajectId: string, round: NewRound) => Promise<RoundView>;
  /** What a preview is checked against: the traject's client's e-mail address and the origins of its rounds. */
  trajectFacts: (trajectId: string) => Promise<{
    clientEmail?: string;
    rounds: Pick<RoundView, 'number' | 'origin'>[];
  }>;
  /** Answer packets (`.passie`): the coach's key and the checks, and the ledger that refuses a packet twice. */
  packets: PacketSourcePorts & {
    receive: <T>(packetId: string, trajectId: string, work: () => Promise<T>) => Promise<T>;
  };
}

type AttachmentRef = z.infer<typeof AttachmentRefSchema>;

interface HeldAttachment {
  ref: Omit<AttachmentRef, 'id'>;
  bytes: Uint8Array;
}

interface HeldPreview {
  trajectId: string;
  attachments: Map<string, HeldAttachment>;
  bytes: number;
  /** An answer packet's id and the moment its client pressed send: the commit records the one, keeps the other. */
  packet?: { packetId: string; sentAt: string };
  /** An imported file's hash and Message-ID, stored with its round. */
  origin?: RoundOrigin;
}

interface Draft extends Omit<FileDraft, 'kind' | 'sha256'> {
  kind: ImportKind;
  sha256?: string;
  packet?: HeldPreview['packet'];
  repeatOfRound?: number;
}

/** One import.preview call while it runs: what the coach's progress line shows, and how to cancel it. */
interface Job {
  files: { name: string; size: number }[];
  filesDone: number;
  current?: { file: string; stage: DraftProgress['stage']; fraction: number };
  controller: AbortController;
}

export interface CommitRound {
  previewId: string;
  receivedAt?: string;
  source: NewRound['source'];
  answers: { question?: string; title?: string; content: RichDoc }[];
  attachments: string[];
}

/** Previews held in memory at most; the oldest are dropped first. */
const MAX_HELD_BYTES = 256 * 1024 * 1024;
const TRAJECT_ID = idPattern('tr');

/**
 * Turns dropped files into previews (nothing written) and confirmed previews into rounds. Every failure for a
 * file is a typed import error naming it; a bad file never fails the others. Attachment bytes stay in memory,
 * held by token, until the coach commits or the vault locks.
 */
export class ImportService {
  private readonly held = new Map<string, HeldPreview>();
  private readonly jobs = new Map<string, Job>();
  private readonly runner: ImportRunner;

  constructor(
    private readonly ports: ImportPorts,
    limits: Partial<RunnerLimits> = {},
  ) {
    this.runner = new ImportRunner(limits);
  }

  /** The vault locked: previews held are dropped, running imports stopped, the worker with them. */
  forget(): void {
    this.held.clear();
    for (const job of this.jobs.values()) job.controller.abort();
    this.runner.stop();
  }

  /**
   * Previews every file of one call, in order; `jobId` (chosen by the caller) names the call for progress and
   * cancel. A cancelled call still answers, every file not yet read failing as cancelled.
   */
  async preview(
    trajectId: string,
    files: { name: string; bytes: Uint8Array }[],
    jobId: string = newId('im'),
  ): Promise<ImportFileResult[]> {
    if (this.jobs.has(jobId)) throw new StudioError('invalid_request');
    const job: Job = {
      files: files.map((file) => ({
        name: safeAttachmentName(file.name, NAMELESS.file[this.ports.language()]),
        size: file.bytes.length,
      })),
      filesDone: 0,
      controller: new AbortController(),
    };
    this.jobs.set(jobId, job);
    try {
      const results: ImportFileResult[] = [];
      for (const file of files) {
        results.push(await this.previewFile(trajectId, file.name, file.bytes, job));
        job.filesDone++;
        job.current = undefined;
      }
      return results;
    } finally {
      this.jobs.delete(jobId);
    }
  }

  /** How far a running preview is: files and bytes done, and what the current file is busy with. */
  progress(jobId: string): ImportProgress {
    const job = this.jobs.get(jobId);
    if (!job) return { running: false, files: 0, filesDone: 0, bytes: 0, bytesDone: 0 };
    const bytes = job.files.reduce((sum, file) => sum + file.size, 0);
    const finished = job.files.slice(0, job.filesDone).reduce((sum, file) => sum + file.size, 0);
    const currentSize = job.files[job.filesDone]?.size ?? 0;
    return {
      running: true,
      files: job.files.length,
      filesDone: job.filesDone,
      bytes,
      bytesDone: Math.min(bytes, finished + Math.round(currentSize * (job.current?.fraction ?? 0))),
      ...(job.current ? { current: { file: job.current.file, stage: job.current.stage } } : {}),
    };
  }

  /** Stops a running preview: the file being read is stopped at once, the ones after it are not read. */
  cancel(jobId: string): boolean {
    const job = this.jobs.get(jobId);
    job?.controller.abort();
    return job !== undefined;
  }

  async previewFile(trajectId: string, name: string, bytes: Uint8Array, job?: Job): Promise<ImportFileResult> {
    const file = safeAttachmentName(name, NAMELESS.file[this.ports.language()]);
    if (job?.controller.signal.aborted) return this.refused(file, 'import_cancelled', {});
    if (bytes.length > IMPORT_LIMITS.maxFileBytes) {
      const params = { size: formatSize(bytes.length), max: formatSize(IMPORT_LIMITS.maxFileBytes) };
      return this.refused(file, 'import_too_large', params);
    }
    if (bytes.length === 0) return this.refused(file, 'import_empty', {});
    try {
      // An answer packet needs the vault's key and ledger, so it is opened here; it is small (4 MB at most).
      if (looksLikePacketFile(bytes)) {
        const draft = await this.packetDraft(trajectId, bytes);
        return { ok: true, file, preview: this.hold(trajectId, file, draft) };
      }
      if (job) job.current = { file, stage: 'reading', fraction: 0 };
      const outcome = await this.runner.run(
        { name: file, bytes, language: this.ports.language(), questions: await this.ports.questions() },
        {
          signal: job?.controller.signal,
          onProgress: (progress) => {
            if (!job) return;
            const fraction = progress.total ? (progress.done ?? 0) / progress.total : (job.current?.fraction ?? 0);
            job.current = { file, stage: progress.stage, fraction: Math.min(1, fraction) };
          },
        },
      );
      if (!outcome.ok) return this.refused(file, outcome.failure.code, outcome.failure.params);
      return { ok: true, file, preview: this.hold(trajectId, file, await this.checked(trajectId, outcome.draft)) };
    } catch (error) {
      return { ok: false, file, error: this.apiError(error, file) };
    }
  }

  /**
   * Warnings only the vault can give: the same file already imported into this traject (by its Message-ID or its
   * bytes), and an e-mail from another address than the traject's client's. The coach decides.
   */
  private async checked(trajectId: string, draft: FileDraft): Promise<Draft> {
    const language = this.ports.language();
    const { clientEmail, rounds } = await this.ports.trajectFacts(trajectId);
    const warnings = [...draft.warnings];
    const repeat = rounds.find(
      ({ origin }) =>
        origin &&
        (origin.sha256 === draft.sha256 || (draft.messageId !== undefined && origin.messageId === draft.messageId)),
    );
    if (repeat) warnings.unshift(importWarning('repeat_import', language, { round: String(repeat.number) }));
    const client = clientEmail?.trim().toLowerCase();
    if (draft.senderAddress && client && draft.senderAddress !== client) {
      warnings.unshift(importWarning('sender_not_client', language, { sender: draft.senderAddress, client }));
    }
    return { ...draft, warnings, ...(repeat ? { repeatOfRound: repeat.number } : {}) };
  }

  private refused(file: string, code: ApiError['code'], params: Record<string, string>): ImportFileResult {
    return { ok: false, file, error: apiError(code, this.ports.language(), { file, ...params }) };
  }

  /** The error as the coach reads it: import errors keep their code, anything unexpected is "damaged". */
  apiError(error: unknown, file: string): ApiError {
    const language = this.ports.language();
    // The packet key's or ledger's own damage is said as such: the file being imported is not what is broken.
    if (error instanceof StudioError && (error.code.startsWith('import_') || error.code.startsWith('packet_'))) {
      return apiError(error.code, language, { file, ...error.params });
    }
    return apiError(error instanceof RangeError ? 'import_too_complex' : 'import_damaged', language, { file });
  }

  private hold(trajectId: string, file: string, draft: Draft): ImportPreview {
    const previewId = newId('im');
    const attachments = new Map<string, HeldAttachment>();
    const shown: ImportAttachment[] = [];
    let bytes = 0;
    for (const attachment of draft.attachments) {
      const key = newId('im');
      const ref = {
        name: attachment.name,
        mediaType: attachment.mediaType.slice(0, 255),
        size: attachment.bytes.length,
        sha256: attachment.sha256,
      };
      attachments.set(key, { ref, bytes: attachment.bytes });
      bytes += attachment.bytes.length;
      shown.push({ token: key, ...ref, inlineImage: isInlineImage(attachment.mediaType, attachment.bytes) });
    }
    const origin = draft.sha256
      ? { sha256: draft.sha256, ...(draft.messageId ? { messageId: draft.messageId } : {}) }
      : undefined;
    this.held.set(previewId, {
      trajectId,
      attachments,
      bytes,
      ...(draft.packet ? { packet: draft.packet } : {}),
      ...(origin ? { origin } : {}),
    });
    let total = [...this.held.values()].reduce((sum, preview) => sum + preview.bytes, 0);
    for (const [id, preview] of this.held) {
      if (total <= MAX_HELD_BYTES || id === previewId) break;
      this.held.delete(id);
      total -= preview.bytes;
    }
    return {
      previewId,
      fileName: file,
      kind: draft.kind,
      receivedAt: this.receivedAt(draft.receivedAt),
      ...(draft.subject ? { subject: draft.subject.slice(0, 2_000) } : {}),
      ...(draft.sender ? { sender: draft.sender.slice(0, 1_000) } : {}),
      answers: draft.answers,
      attachments: shown,
      warnings: draft.warnings,
      ...(draft.repeatOfRound ? { repeatOfRound: draft.repeatOfRound } : {}),
    };
  }

  /**
   * When a round was received: the file's own date (an e-mail's Date header) when it can be true, otherwise now. A
   * sender's clock that runs days ahead, or a date before 1970, would be refused when the round is stored.
   */
  private receivedAt(fromFile: string | undefined): string {
    const now = this.ports.now();
    return fromFile && isPlausibleDate(fromFile, now) ? fromFile : new Date(now).toISOString();
  }

  /**
   * An answer packet, decrypted: each answer as plain-text paragraphs under its catalogue question (or the
   * question's text as its title), received when the client pressed send. Unanswered questions are left out.
   */
  private async packetDraft(trajectId: string, bytes: Uint8Array): Promise<Draft> {
    const { header, payload, unknownTraject, unrecorded } = await openPacketForImport(
      bytes,
      trajectId,
      this.ports.packets,
    );
    const language = this.ports.language();
    const known = new Set((await this.ports.questions()).map((question) => question.id));
    const answers: ImportAnswer[] = [];
    for (const { questionId, question, answer } of payload.answers) {
      const content = richTextFromText(answer);
      if (isEmptyDoc(content)) continue;
      answers.push(
        questionId && known.has(questionId) ? { questionId, content } : { title: question.slice(0, 500), content },
      );
    }
    if (answers.length === 0) throw new ImportError('import_no_text');
    const warnings: ImportWarning[] = [];
    if (unknownTraject) warnings.push(importWarning('packet_unknown_traject', language));
    if (unrecorded) warnings.push(importWarning('packet_not_recorded', language));
    // The client's clock may run ahead of the coach's; a round is never received in the future.
    const now = this.ports.now();
    let sentAt = payload.sentAt;
    if (Date.parse(sentAt) > now) {
      sentAt = new Date(now).toISOString();
      warnings.push(importWarning('packet_clock_ahead', language));
    } else {
      sentAt = new Date(Date.parse(sentAt)).toISOString();
    }
    return {
      kind: 'packet',
      receivedAt: sentAt,
      answers,
      attachments: [],
      warnings,
      packet: { packetId: header.packetId, sentAt },
    };
  }

  /** Stores the confirmed rounds: attachments sealed in the vault first, then the round that refers to them. */
  async commit(trajectId: string, rounds: CommitRound[]): Promise<{ id: string; answers: number }[]> {
    if (!TRAJECT_ID.test(trajectId)) throw new StudioError('traject_not_found');
    for (const round of rounds) {
      const held = this.held.get(round.previewId);
      if (!held || held.trajectId !== trajectId || round.attachments.some((key) => !held.attachments.has(key))) {
        throw new StudioError('import_preview_expired');
      }
    }
    const committed: { id: string; answers: number }[] = [];
    for (const round of rounds) {
      const held = this.held.get(round.previewId)!;
      const refs: AttachmentRef[] = [];
      try {
        for (const key of new Set(round.attachments)) {
          const attachment = held.attachments.get(key)!;
          const id = await this.ports.attachments.add(trajectId, attachment.bytes);
          refs.push({ id, ...attachment.ref });
        }
        const newRound: NewRound = {
          receivedAt: round.receivedAt,
          source: round.source,
          ...(held.origin ? { origin: held.origin } : {}),
          answers: round.answers.map((answer, index) => ({
            questionId: answer.question,
            title: answer.title,
            content: answer.content,
            attachments: index === 0 ? refs : [],
          })),
        };
        const { packet } = held;
        // A packet's round was received when its client pressed send, whatever the screen sends back; it names its
        // packet, and the vault's ledger records it around the round, so the same packet is never taken in twice.
        const view = packet
          ? await this.ports.packets.receive(packet.packetId, trajectId, () =>
              this.ports.addRound(trajectId, {
                ...newRound,
                receivedAt: packet.sentAt,
                source: 'packet',
                packetId: packet.packetId,
              }),
            )
          : await this.ports.addRound(trajectId, newRound);
        committed.push({ id: view.id, answers: view.answers.length });
        this.held.delete(round.previewId);
      } catch (error) {
        for (const ref of refs) {
          await this.ports.attachments.remove(trajectId, ref.id).catch(() => undefined);
        }
        throw error;
      }
    }
    return committed;
  }
}

/** An answer packet, known by its content whatever a mail program renamed it to. */
function looksLikePacketFile(bytes: Uint8Array): boolean {
  return sniffContent(bytes).what === 'packet';
}

function isInlineImage(mediaType: string, bytes: Uint8Array): boolean {
  const sniffed = sniffContent(bytes).what;
  return (
    (mediaType === 'image/png' && sniffed === 'png') ||
    (mediaType === 'image/jpeg' && sniffed === 'jpeg') ||
    (mediaType === 'image/gif' && sniffed === 'gif')
  );
}
