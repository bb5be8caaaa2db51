import { createHash } from 'node:crypto';
import type { ApiError } from '../../../shared/api/errors';
import type { Question } from '../../../shared/domain/catalogue';
import type { z } from 'zod';
import type { AttachmentRefSchema, RoundView } from '../../../shared/domain/dossier';
import type {
  ImportAnswer,
  ImportAttachment,
  ImportFileResult,
  ImportKind,
  ImportPreview,
  ImportWarning,
} from '../../../shared/domain/import';
import { isPlausibleDate } from '../../../shared/domain/ids';
import { isEmptyDoc, plainTextOf, RichDocSchema, type RichDoc } from '../../../shared/domain/rich-text';
import { apiError } from '../../../shared/i18n/error-messages';
import { type Language } from '../../../shared/i18n/language';
import { StudioError } from '../../../shared/api/studio-error';
import type { NewRound } from '../dossiers/dossier-service';
import { newId } from '../new-id';
import type { AttachmentStore } from '../attachments/attachment-store';
import { richTextFromDocx } from './docx-source';
import { parseEmail, safeAttachmentName } from './eml-source';
import { HtmlTooComplexError, richTextFromHtml } from './html-to-rich';
import { ImportError } from './import-error';
import { formatSize, IMPORT_LIMITS } from '../../../shared/domain/import-limits';
import { splitByQuestions } from './question-matcher';
import { openPacketForImport, type PacketSourcePorts } from './packet-source';
import { CONTENT_NAMES, kindFromName, sniffContent } from './sniff';
import { richTextFromMarkdown, richTextFromText } from './text-to-rich';
import { importWarning } from './warnings';
import { safeDocxZip } from './zip-guard';
import { idPattern } from '../../../shared/domain/id-pattern';

export interface ImportPorts {
  attachments: AttachmentStore;
  now: () => number;
  language: () => Language;
  questions: () => Promise<Question[]>;
  addRound: (trajectId: string, round: NewRound) => Promise<RoundView>;
  /** Answer packets (`.passie`): the coach's key and the checks, and the ledger that refuses a packet twice. */
  packets: PacketSourcePorts & {
    receive: <T>(packetId: string, trajectId: string, work: () => Promise<T>) => Promise<T>;
  };
}

type AttachmentRef = z.infer<typeof AttachmentRefSchema>;

interface HeldAttachment {
  ref: Omit<AttachmentRef, 'id'>;
  bytes: Buffer;
}

interface HeldPreview {
  trajectId: string;
  attachments: Map<string, HeldAttachment>;
  bytes: number;
  /** An answer packet's id and the moment its client pressed send: the commit records the one, keeps the other. */
  packet?: { packetId: string; sentAt: string };
}

interface Draft {
  kind: ImportKind;
  receivedAt?: string;
  subject?: string;
  sender?: string;
  answers: ImportAnswer[];
  attachments: { name: string; mediaType: string; bytes: Buffer }[];
  warnings: ImportWarning[];
  packet?: HeldPreview['packet'];
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

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/**
 * Turns dropped files into previews (nothing written) and confirmed previews into rounds. Every failure for a
 * file is a typed import error naming it; a bad file never fails the others. Attachment bytes stay in memory,
 * held by token, until the coach commits or the vault locks.
 */
export class ImportService {
  private readonly held = new Map<string, HeldPreview>();

  constructor(private readonly ports: ImportPorts) {}

  forget(): void {
    this.held.clear();
  }

  async preview(trajectId: string, files: { name: string; bytes: Uint8Array }[]): Promise<ImportFileResult[]> {
    const results: ImportFileResult[] = [];
    for (const file of files) results.push(await this.previewFile(trajectId, file.name, file.bytes));
    return results;
  }

  async previewFile(trajectId: string, name: string, bytes: Uint8Array): Promise<ImportFileResult> {
    const file = safeAttachmentName(name, 'bestand');
    try {
      const draft = await this.draft(trajectId, file, bytes);
      return { ok: true, file, preview: this.hold(trajectId, file, draft) };
    } catch (error) {
      return { ok: false, file, error: this.apiError(error, file) };
    }
  }

  /** The error as the coach reads it: import errors keep their code, anything unexpected is "damaged". */
  apiError(error: unknown, file: string): ApiError {
    const language = this.ports.language();
    // The packet key's or ledger's own damage is said as such: the file being imported is not what is broken.
    if (error instanceof StudioError && (error.code.startsWith('import_') || error.code.startsWith('packet_'))) {
      return apiError(error.code, language, { file, ...error.params });
    }
    const code =
      error instanceof HtmlTooComplexError || error instanceof RangeError ? 'import_too_complex' : 'import_damaged';
    return apiError(code, language, { file });
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
        sha256: sha256(attachment.bytes),
      };
      attachments.set(key, { ref, bytes: attachment.bytes });
      bytes += attachment.bytes.length;
      shown.push({ token: key, ...ref, inlineImage: isInlineImage(attachment.mediaType, attachment.bytes) });
    }
    this.held.set(previewId, { trajectId, attachments, bytes, ...(draft.packet ? { packet: draft.packet } : {}) });
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

  private async draft(trajectId: string, file: string, bytes: Uint8Array): Promise<Draft> {
    if (bytes.length > IMPORT_LIMITS.maxFileBytes) {
      throw new ImportError('import_too_large', {
        size: formatSize(bytes.length),
        max: formatSize(IMPORT_LIMITS.maxFileBytes),
      });
    }
    if (bytes.length === 0) throw new ImportError('import_empty');
    const sniffed = sniffContent(bytes);
    // A packet is known by its content, whatever a mail program renamed it to.
    if (sniffed.what === 'packet') return this.packetDraft(trajectId, bytes);
    const kind = kindFromName(file);
    if (!kind) throw new ImportError('import_unsupported');
    const names = CONTENT_NAMES[this.ports.language()];
    if (kind === 'packet') {
      throw new ImportError('import_wrong_content', {
        expected: names.expected_packet ?? kind,
        actual: names[sniffed.what ?? sniffed.kind] ?? sniffed.kind,
      });
    }
    const expectsZip = kind === 'docx';
    if (expectsZip !== (sniffed.kind === 'zip') || sniffed.kind === 'other-binary') {
      throw new ImportError('import_wrong_content', {
        expected: names[`expected_${kind === 'markdown' ? 'text' : kind}`] ?? kind,
        actual: names[sniffed.what ?? sniffed.kind] ?? sniffed.kind,
      });
    }
    const questions = await this.ports.questions();
    const language = this.ports.language();
    switch (kind) {
      case 'email':
        return this.emailDraft(file, bytes, questions, language);
      case 'docx': {
        const { doc } = await richTextFromDocx(bytes, file);
        return { kind, ...this.mapped(doc, file, questions, language), attachments: [] };
      }
      default: {
        const text = decodeUtf8(bytes);
        const doc =
          kind === 'html'
            ? await richTextFromHtml(text)
            : kind === 'markdown'
              ? richTextFromMarkdown(text)
              : richTextFromText(text);
        return { kind, ...this.mapped(doc, file, questions, language), attachments: [] };
      }
    }
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

  /** One answer per recognised question, or the whole text as one answer titled by subject or file name. */
  private mapped(
    doc: RichDoc,
    title: string,
    questions: Question[],
    language: Language,
  ): { answers: ImportAnswer[]; warnings: ImportWarning[] } {
    const warnings: ImportWarning[] = [];
    if (plainTextOf(doc).includes('\uFFFD')) warnings.push(importWarning('invalid_characters', language));
    const split = splitByQuestions(doc, questions);
    if (split && split.some((answer) => !isEmptyDoc(answer.content))) {
      return {
        answers: split.map((answer) => ({ ...answer, content: RichDocSchema.parse(answer.content) })),
        warnings,
      };
    }
    if (isEmptyDoc(doc)) throw new ImportError('import_no_text');
    if (questions.length > 0) warnings.push(importWarning('no_questions_found', language));
    return { answers: [{ title: title.slice(0, 500), content: doc }], warnings };
  }

  private async emailDraft(file: string, bytes: Uint8Array, questions: Question[], language: Language): Promise<Draft> {
    const mail = await parseEmail(bytes);
    if (mail === 'complex') throw new ImportError('import_too_complex');
    if (mail === 'damaged') throw new ImportError('import_damaged');
    if (mail.attachments.length > IMPORT_LIMITS.maxAttachments) throw new ImportError('import_too_complex');
    const attachmentBytes = mail.attachments.reduce((sum, attachment) => sum + attachment.content.length, 0);
    if (attachmentBytes > IMPORT_LIMITS.maxAttachmentBytes) {
      throw new ImportError('import_attachments_too_large', {
        size: formatSize(attachmentBytes),
        max: formatSize(IMPORT_LIMITS.maxAttachmentBytes),
      });
    }
    const warnings: ImportWarning[] = [];
    const attachments: Draft['attachments'] = [];
    const usedNames = new Set<string>();
    for (const [index, attachment] of mail.attachments.entries()) {
      let name = safeAttachmentName(attachment.name, `bijlage-${index + 1}`);
      if (usedNames.has(name)) name = `${index + 1}-${name}`.slice(0, 120);
      usedNames.add(name);
      if (name !== attachment.name && attachment.name)
        warnings.push(importWarning('attachment_renamed', language, { name }));
      if (/\.docx$/i.test(name) && !(await zipOpens(attachment.content))) {
        warnings.push(importWarning('attachment_damaged', language, { name }));
        continue;
      }
      attachments.push({ name, mediaType: attachment.mediaType, bytes: attachment.content });
    }
    const title = mail.subject?.trim() || file;
    const body = mail.html ? await richTextFromHtml(mail.html) : mail.text ? richTextFromText(mail.text) : undefined;
    const bodySplit = body ? splitByQuestions(body, questions) : undefined;
    let mapped: { answers: ImportAnswer[]; warnings: ImportWarning[] } | undefined;
    if (!bodySplit) {
      // "Zie bijlage": the answers are in an attached Word document.
      for (const attachment of attachments) {
        if (!/\.docx$/i.test(attachment.name)) continue;
        try {
          const { doc } = await richTextFromDocx(attachment.bytes, attachment.name);
          const split = splitByQuestions(doc, questions);
          if (split) {
            mapped = this.mapped(doc, attachment.name, questions, language);
            mapped.warnings.push(importWarning('answers_from_attachment', language, { name: attachment.name }));
            break;
          }
        } catch {
          warnings.push(importWarning('attachment_damaged', language, { name: attachment.name }));
        }
      }
    }
    if (!mapped) {
      if (!body || isEmptyDoc(body)) throw new ImportError('import_no_text');
      mapped = this.mapped(body, title, questions, language);
    }
    return {
      kind: 'email',
      receivedAt: mail.date?.toISOString(),
      subject: mail.subject,
      sender: mail.sender,
      answers: mapped.answers,
      attachments,
      warnings: [...warnings, ...mapped.warnings],
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

function decodeUtf8(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch (error) {
    throw new ImportError('import_bad_encoding', {}, error);
  }
}

async function zipOpens(bytes: Uint8Array): Promise<boolean> {
  try {
    await safeDocxZip(bytes);
    return true;
  } catch {
    return false;
  }
}

function isInlineImage(mediaType: string, bytes: Uint8Array): boolean {
  const sniffed = sniffContent(bytes).what;
  return (
    (mediaType === 'image/png' && sniffed === 'png') ||
    (mediaType === 'image/jpeg' && sniffed === 'jpeg') ||
    (mediaType === 'image/gif' && sniffed === 'gif')
  );
}
