import type { RequestOf } from '../../../../shared/api/contract';
import type { ApiError } from '../../../../shared/api/errors';
import {
  ROUND_SOURCE_OF_KIND,
  type ImportFileResult,
  type ImportKind,
  type ImportPreview,
} from '../../../../shared/domain/import';
import type { RichDoc } from '../../../../shared/domain/rich-text';
import { answerHeading, checkAnswerHeading, checkReceivedAt, OWN_TITLE, type AnswerErrors } from '../traject/add-round';
import { toLocalInput } from '../traject/received-at';

/** One answer of a previewed file, as the coach files it before committing. */
export interface ImportAnswerDraft {
  /** Stable across merges, for React's keys and the fields' ids. */
  key: string;
  /** A catalogue question id, OWN_TITLE, or '' while nothing is chosen. */
  question: string;
  title: string;
  content: RichDoc;
}

export interface ImportFileDraft {
  previewId: string;
  fileName: string;
  kind: ImportKind;
  /** Pasted into the studio rather than read from a file. */
  pasted: boolean;
  include: boolean;
  /** The datetime-local value: the e-mail's date, or the moment of the import; the coach may correct it. */
  receivedAt: string;
  subject?: string;
  sender?: string;
  /** An answer packet's: when the client pressed send (ISO). The studio keeps it as received; it is not edited. */
  sentAt?: string;
  answers: ImportAnswerDraft[];
  attachments: (ImportPreview['attachments'][number] & { keep: boolean })[];
  warnings: ImportPreview['warnings'];
}

export type ImportItem = { ok: true; draft: ImportFileDraft } | { ok: false; fileName: string; error: ApiError };

export type ImportCommitRequest = RequestOf<'import.commit'>;

export function draftFromResult(result: ImportFileResult, pasted = false): ImportItem {
  if (!result.ok) return { ok: false, fileName: result.file, error: result.error };
  const { preview } = result;
  return {
    ok: true,
    draft: {
      previewId: preview.previewId,
      fileName: preview.fileName,
      kind: preview.kind,
      pasted,
      include: true,
      receivedAt: toLocalInput(Date.parse(preview.receivedAt)),
      ...(preview.subject ? { subject: preview.subject } : {}),
      ...(preview.sender ? { sender: preview.sender } : {}),
      ...(preview.kind === 'packet' ? { sentAt: preview.receivedAt } : {}),
      answers: preview.answers.map((answer, index) => ({
        key: `${preview.previewId}-${index}`,
        question: answer.questionId ?? OWN_TITLE,
        title: answer.title ?? '',
        content: answer.content,
      })),
      attachments: preview.attachments.map((attachment) => ({ ...attachment, keep: true })),
      warnings: preview.warnings,
    },
  };
}

export function updateAnswer(
  draft: ImportFileDraft,
  key: string,
  change: Partial<Pick<ImportAnswerDraft, 'question' | 'title'>>,
): ImportFileDraft {
  return { ...draft, answers: draft.answers.map((answer) => (answer.key === key ? { ...answer, ...change } : answer)) };
}

/** The answer's text joins the one above it (which keeps its question): for a question split in two by mistake. */
export function mergeWithPrevious(draft: ImportFileDraft, key: string): ImportFileDraft {
  const index = draft.answers.findIndex((answer) => answer.key === key);
  if (index < 1) return draft;
  const previous = draft.answers[index - 1]!;
  const current = draft.answers[index]!;
  const merged: ImportAnswerDraft = {
    ...previous,
    content: { type: 'doc', content: [...(previous.content.content ?? []), ...(current.content.content ?? [])] },
  };
  return { ...draft, answers: [...draft.answers.slice(0, index - 1), merged, ...draft.answers.slice(index + 1)] };
}

export interface ImportDraftErrors {
  receivedAt?: 'receivedInvalid' | 'receivedFuture';
  answers: Record<string, Omit<AnswerErrors, 'text'>>;
}

export function hasErrors(errors: ImportDraftErrors): boolean {
  return errors.receivedAt !== undefined || Object.keys(errors.answers).length > 0;
}

/** The commit for every file the coach kept, or what is wrong per file (keyed by preview id). */
export function checkImport(
  trajectId: string,
  drafts: readonly ImportFileDraft[],
  now: number = Date.now(),
): { ok: true; request: ImportCommitRequest } | { ok: false; errors: Map<string, ImportDraftErrors> } {
  const errors = new Map<string, ImportDraftErrors>();
  const rounds: ImportCommitRequest['rounds'] = [];
  for (const draft of drafts) {
    if (!draft.include) continue;
    const fileErrors: ImportDraftErrors = { answers: {} };
    const received = checkReceivedAt(draft.receivedAt, now);
    if (!received.ok) fileErrors.receivedAt = received.error;
    for (const answer of draft.answers) {
      const answerErrors = checkAnswerHeading(answer);
      if (Object.keys(answerErrors).length > 0) fileErrors.answers[answer.key] = answerErrors;
    }
    if (hasErrors(fileErrors)) {
      errors.set(draft.previewId, fileErrors);
      continue;
    }
    rounds.push({
      previewId: draft.previewId,
      receivedAt: received.ok ? received.receivedAt : undefined,
      source: draft.pasted ? 'pasted' : ROUND_SOURCE_OF_KIND[draft.kind],
      answers: draft.answers.map((answer) => ({ ...answerHeading(answer), content: answer.content })),
      attachments: draft.attachments.filter((attachment) => attachment.keep).map((attachment) => attachment.token),
    });
  }
  return errors.size > 0 ? { ok: false, errors } : { ok: true, request: { trajectId, rounds } };
}
