import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { plainTextOf, type RichDoc, type RichNode } from '../../../shared/domain/rich-text';

/** Whitespace in every script, plus the zero-width space some word processors put between words. */
const SEPARATORS = /[\s\p{Z}\u200b]+/u;
/** A token is a word when it holds at least one letter or digit: "—" or "😊" alone is not a word. */
const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/**
 * Words the way a writer counts them: runs of non-space characters that hold a letter or a digit. "één" (also
 * with combining accents), "half-time", "e-mail's" and "fijn😊" are each one word; a lone dash or emoji is none.
 * Paragraphs, list items and line breaks always separate words, even when no space is typed between them.
 */
export function countWordsInText(text: string): number {
  let count = 0;
  for (const token of text.split(SEPARATORS)) {
    if (token.length > 0 && WORD_CHARACTER.test(token)) count += 1;
  }
  return count;
}

function isProseMirrorNode(value: unknown): value is ProseMirrorNode {
  return typeof value === 'object' && value !== null && typeof (value as ProseMirrorNode).textBetween === 'function';
}

/** Words in plain text, a stored rich document (`RichDoc`) or an editor node (a PASSIE block or the whole reply). */
export function countWords(doc: string | RichDoc | RichNode | ProseMirrorNode): number {
  if (typeof doc === 'string') return countWordsInText(doc);
  if (isProseMirrorNode(doc)) return countWordsInText(doc.textBetween(0, doc.content.size, '\n', '\n'));
  return countWordsInText(plainTextOf(doc));
}
