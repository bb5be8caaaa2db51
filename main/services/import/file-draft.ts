import { createHash } from 'node:crypto';
import type { Question } from '../../../shared/domain/catalogue';
import type { ImportAnswer, ImportKind, ImportWarning } from '../../../shared/domain/import';
import { formatSize, IMPORT_LIMITS } from '../../../shared/domain/import-limits';
import { isEmptyDoc, plainTextOf, RichDocSchema, type RichDoc } from '../../../shared/domain/rich-text';
import type { Language } from '../../../shared/i18n/language';
import { richTextFromDocx } from './docx-source';
import { NAMELESS } from '../export/file-names';
import { parseEmail, safeAttachmentName } from './eml-source';
import { HtmlTooComplexError, richTextFromHtml } from './html-to-rich';
import { ImportError, type ImportErrorCode } from './import-error';
import { splitByQuestions } from './question-matcher';
import { CONTENT_NAMES, kindFromName, sniffContent } from './sniff';
import { richTextFromMarkdown, richTextFromText } from './text-to-rich';
import type { ConversionNotes } from './rich-builder';
import { importWarning } from './warnings';
import { safeDocxZip } from './zip-guard';

/** What the import worker is asked: one file, with what it needs to file the answers under their questions. */
export interface DraftRequest {
  name: string;
  bytes: Uint8Array;
  language: Language;
  questions: Question[];
}

/** One file read, converted and sanitised: the preview before the main process holds and shows it. */
export interface FileDraft {
  kind: Exclude<ImportKind, 'packet'>;
  /** The whole file's SHA-256: the same file imported twice is recognised by it. */
  sha256: string;
  receivedAt?: string;
  subject?: string;
  sender?: string;
  /** An e-mail's sender address alone and its Message-ID, for the checks against the traject. */
  senderAddress?: string;
  messageId?: string;
  answers: ImportAnswer[];
  attachments: { name: string; mediaType: string; bytes: Uint8Array; sha256: string }[];
  warnings: ImportWarning[];
}

/** What the reading of a file is busy with, for the coach's progress line: `done` of `total` bytes where known. */
export interface DraftProgress {
  stage: 'reading' | 'converting' | 'sanitising' | 'matching';
  done?: number;
  total?: number;
}

/** A file's refusal as it crosses from the worker: an import error code and the values its sentence names. */
export interface DraftFailure {
  code: ImportErrorCode;
  params: Record<string, string>;
}

export const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** The error as the coach reads it: import errors keep their code, anything unexpected is "damaged". */
export function draftFailure(error: unknown): DraftFailure {
  if (error instanceof ImportError) {
    return { code: error.code as ImportErrorCode, params: stringParams(error.params) };
  }
  const tooComplex = error instanceof HtmlTooComplexError || error instanceof RangeError;
  return { code: tooComplex ? 'import_too_complex' : 'import_damaged', params: {} };
}

function stringParams(params: Record<string, unknown> | undefined): Record<string, string> {
  return Object.fromEntries(Object.entries(params ?? {}).map(([key, value]) => [key, String(value)]));
}

/**
 * Reads one dropped file (any kind but an answer packet, which needs the vault's key): checks its content against
 * its name, converts and sanitises it, and files its text under the catalogue's questions. Runs in the import
 * worker; everything it returns is plain data.
 */
export async function draftFile(request: DraftRequest, progress: (step: DraftProgress) => void): Promise<FileDraft> {
  const { name: file, bytes, language, questions } = request;
  if (bytes.length > IMPORT_LIMITS.maxFileBytes) {
    throw new ImportError('import_too_large', {
      size: formatSize(bytes.length),
      max: formatSize(IMPORT_LIMITS.maxFileBytes),
    });
  }
  if (bytes.length === 0) throw new ImportError('import_empty');
  progress({ stage: 'reading' });
  const sniffed = sniffContent(bytes);
  const kind = kindFromName(file);
  if (!kind) throw new ImportError('import_unsupported');
  const names = CONTENT_NAMES[language];
  if (kind === 'packet' || sniffed.what === 'packet') {
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
  const sanitising = (done: number, total: number) => progress({ stage: 'sanitising', done, total });
  switch (kind) {
    case 'email':
      return { ...(await emailDraft(file, bytes, questions, language, progress)), sha256: sha256(bytes) };
    case 'docx': {
      progress({ stage: 'converting' });
      const notes = { simplified: false };
      const { doc } = await richTextFromDocx(bytes, file, sanitising, notes);
      progress({ stage: 'matching' });
      return { kind, sha256: sha256(bytes), ...mapped(doc, file, questions, language, notes), attachments: [] };
    }
    default: {
      const text = decodeText(bytes, sniffed.encoding);
      const notes = { simplified: false };
      const doc =
        kind === 'html'
          ? await richTextFromHtml(text, sanitising, notes)
          : kind === 'markdown'
            ? richTextFromMarkdown(text)
            : richTextFromText(text, notes);
      progress({ stage: 'matching' });
      return { kind, sha256: sha256(bytes), ...mapped(doc, file, questions, language, notes), attachments: [] };
    }
  }
}

/** One answer per recognised question, or the whole text as one answer titled by subject or file name. */
function mapped(
  doc: RichDoc,
  title: string,
  questions: Question[],
  language: Language,
  notes: ConversionNotes,
): { answers: ImportAnswer[]; warnings: ImportWarning[] } {
  const warnings: ImportWarning[] = [];
  if (plainTextOf(doc).includes('\uFFFD')) warnings.push(importWarning('invalid_characters', language));
  if (notes.simplified) warnings.push(importWarning('formatting_simplified', language));
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

async function emailDraft(
  file: string,
  bytes: Uint8Array,
  questions: Question[],
  language: Language,
  progress: (step: DraftProgress) => void,
): Promise<Omit<FileDraft, 'sha256'>> {
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
  const attachments: FileDraft['attachments'] = [];
  const usedNames = new Set<string>();
  for (const [index, attachment] of mail.attachments.entries()) {
    let name = safeAttachmentName(attachment.name, `${NAMELESS.attachment[language]}-${index + 1}`);
    if (usedNames.has(name)) name = `${index + 1}-${name}`.slice(0, 120);
    usedNames.add(name);
    if (name !== attachment.name && attachment.name)
      warnings.push(importWarning('attachment_renamed', language, { name }));
    if (/\.docx$/i.test(name) && !(await zipOpens(attachment.content))) {
      warnings.push(importWarning('attachment_damaged', language, { name }));
      continue;
    }
    attachments.push({
      name,
      mediaType: attachment.mediaType,
      bytes: attachment.content,
      sha256: sha256(attachment.content),
    });
  }
  const title = mail.subject?.trim() || file;
  const sanitising = (done: number, total: number) => progress({ stage: 'sanitising', done, total });
  progress({ stage: 'converting' });
  const bodyNotes = { simplified: false };
  const body = mail.html
    ? await richTextFromHtml(mail.html, sanitising, bodyNotes)
    : mail.text
      ? richTextFromText(mail.text, bodyNotes)
      : undefined;
  progress({ stage: 'matching' });
  const bodySplit = body ? splitByQuestions(body, questions) : undefined;
  let answers: { answers: ImportAnswer[]; warnings: ImportWarning[] } | undefined;
  if (!bodySplit) {
    // "Zie bijlage": the answers are in an attached Word document.
    for (const attachment of attachments) {
      if (!/\.docx$/i.test(attachment.name)) continue;
      try {
        const notes = { simplified: false };
        const { doc } = await richTextFromDocx(attachment.bytes, attachment.name, sanitising, notes);
        const split = splitByQuestions(doc, questions);
        if (split) {
          answers = mapped(doc, attachment.name, questions, language, notes);
          answers.warnings.push(importWarning('answers_from_attachment', language, { name: attachment.name }));
          break;
        }
      } catch {
        warnings.push(importWarning('attachment_damaged', language, { name: attachment.name }));
      }
    }
  }
  if (!answers) {
    if (!body || isEmptyDoc(body)) throw new ImportError('import_no_text');
    answers = mapped(body, title, questions, language, bodyNotes);
  }
  return {
    kind: 'email',
    ...(mail.date ? { receivedAt: mail.date.toISOString() } : {}),
    ...(mail.subject ? { subject: mail.subject } : {}),
    ...(mail.sender ? { sender: mail.sender } : {}),
    ...(mail.senderAddress ? { senderAddress: mail.senderAddress } : {}),
    ...(mail.messageId ? { messageId: mail.messageId } : {}),
    answers: answers.answers,
    attachments,
    warnings: [...warnings, ...answers.warnings],
  };
}

/**
 * Text as its byte order mark says: UTF-16 (little or big endian) when it starts with one, else UTF-8, strictly,
 * so a file in another encoding is refused rather than shown garbled.
 */
function decodeText(bytes: Uint8Array, encoding: 'utf-8' | 'utf-16le' | 'utf-16be' = 'utf-8'): string {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: false }).decode(bytes);
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
