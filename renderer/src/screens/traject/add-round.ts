import type { RequestOf } from '../../../../shared/api/contract';
import { MAX_TEXT_LENGTH, richTextFromPlain } from '../../../../shared/domain/rich-text';
import { fromLocalInput } from './received-at';

/** The select's value for "no catalogue question, a title of my own" (never a catalogue id: those start a-z0-9). */
export const OWN_TITLE = '_own';
const MAX_TITLE = 500;
/** A clock a few minutes fast on the client's or the coach's side is no reason to refuse a round. */
const FUTURE_SLACK_MS = 5 * 60_000;

export interface AnswerDraft {
  /** Stable across adding and removing answers, for React's keys and the fields' ids. */
  key: number;
  /** A catalogue question id, OWN_TITLE, or '' while nothing is chosen. */
  question: string;
  title: string;
  text: string;
}

export interface AnswerErrors {
  question?: 'questionMissing';
  title?: 'titleEmpty' | 'titleTooLong';
  text?: 'textEmpty' | 'textTooLong';
}

export interface RoundDraft {
  answers: AnswerDraft[];
  /** The datetime-local value. */
  receivedAt: string;
  /** Whether any answer was pasted rather than typed: the dossier records where a round came from. */
  pasted: boolean;
}

export type RoundRequest = RequestOf<'round.add'>;
export type RoundErrors = { answers: AnswerErrors[]; receivedAt?: 'receivedInvalid' | 'receivedFuture' };

export function newAnswer(key: number, ownTitle: boolean): AnswerDraft {
  return { key, question: ownTitle ? OWN_TITLE : '', title: '', text: '' };
}

/** What an answer is filed under: a catalogue question, or a title of the coach's own. */
export function checkAnswerHeading(answer: Pick<AnswerDraft, 'question' | 'title'>): Omit<AnswerErrors, 'text'> {
  const errors: Omit<AnswerErrors, 'text'> = {};
  if (answer.question === '') errors.question = 'questionMissing';
  if (answer.question === OWN_TITLE) {
    const title = answer.title.trim();
    if (title === '') errors.title = 'titleEmpty';
    else if (title.length > MAX_TITLE) errors.title = 'titleTooLong';
  }
  return errors;
}

/** The request's `question` or `title` for a checked answer. */
export function answerHeading(
  answer: Pick<AnswerDraft, 'question' | 'title'>,
): { question: string } | { title: string } {
  return answer.question === OWN_TITLE ? { title: answer.title.trim() } : { question: answer.question };
}

/** The instant a datetime-local value means, or what is wrong with it. */
export function checkReceivedAt(
  value: string,
  now: number,
): { ok: true; receivedAt: string } | { ok: false; error: NonNullable<RoundErrors['receivedAt']> } {
  const received = fromLocalInput(value);
  if (Number.isNaN(received)) return { ok: false, error: 'receivedInvalid' };
  if (received > now + FUTURE_SLACK_MS) return { ok: false, error: 'receivedFuture' };
  return { ok: true, receivedAt: new Date(received).toISOString() };
}

function checkAnswer(answer: AnswerDraft): AnswerErrors {
  const errors: AnswerErrors = checkAnswerHeading(answer);
  if (answer.text.trim() === '') errors.text = 'textEmpty';
  else if (answer.text.length > MAX_TEXT_LENGTH) errors.text = 'textTooLong';
  return errors;
}

/**
 * The `round.add` request for what the coach typed, or what is wrong with it. Text goes in as plain paragraphs
 * (one per line): this form never takes markup, whatever was pasted into it.
 */
export function checkRound(
  trajectId: string,
  draft: RoundDraft,
  now: number = Date.now(),
): { ok: true; request: RoundRequest } | { ok: false; errors: RoundErrors } {
  const answers = draft.answers.map(checkAnswer);
  const received = checkReceivedAt(draft.receivedAt, now);
  if (!received.ok || answers.some((errors) => Object.keys(errors).length > 0)) {
    return { ok: false, errors: { answers, ...(received.ok ? {} : { receivedAt: received.error }) } };
  }
  return {
    ok: true,
    request: {
      trajectId,
      receivedAt: received.receivedAt,
      source: draft.pasted ? 'pasted' : 'typed',
      answers: draft.answers.map((answer) => ({
        ...answerHeading(answer),
        content: richTextFromPlain(answer.text),
      })),
    },
  };
}
