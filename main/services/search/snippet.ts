import type { Snippet } from '../../../shared/domain/search';
import { foldLatin } from '../../../shared/text/fold-latin';

const NON_ASCII = /[^ -~]/;

/** The form MiniSearch indexes a word in: lower case, without diacritics, so "een" finds "één" and "lodz" "Łódź". */
export function foldTerm(term: string): string {
  // Most words have no accent to drop; skipping normalize() for them makes indexing and snippets several times faster.
  if (!NON_ASCII.test(term)) return term.toLowerCase();
  return foldLatin(term).toLowerCase();
}

const WORD = /[\p{L}\p{N}]+/gu;
const CONTEXT = 60;

function matchingWords(text: string, terms: ReadonlySet<string>): [number, number][] {
  return [...text.matchAll(WORD)]
    .filter((word) => terms.has(foldTerm(word[0])))
    .map((word) => [word.index, word.index + word[0].length]);
}

/**
 * The stretch where most of the query's different words stand closest together (where the phrase itself is),
 * as [start, end) of its first and last word.
 */
function densestStretch(text: string, matches: [number, number][]): [number, number] | undefined {
  let best: { count: number; span: [number, number] } | undefined;
  for (const [index, first] of matches.entries()) {
    const seen = new Set<string>();
    let span: [number, number] = first;
    for (const match of matches.slice(index)) {
      if (match[0] >= first[0] + CONTEXT * 2) break;
      const size = seen.size;
      seen.add(foldTerm(text.slice(match[0], match[1])));
      if (seen.size > size) span = [first[0], match[1]];
    }
    const better =
      !best || seen.size > best.count || (seen.size === best.count && span[1] - span[0] < best.span[1] - best.span[0]);
    if (better) best = { count: seen.size, span };
  }
  return best?.span;
}

/**
 * The text around the best match (where most of the query's words stand together), whitespace folded, with every matching word in it marked.
 * Ranges index the snippet's own text (accents and all), so the screen marks exactly what the coach wrote.
 */
export function snippetFor(text: string, matchedTerms: ReadonlySet<string>): Snippet {
  const folded = text.replace(/\s+/g, ' ').trim();
  const first = densestStretch(folded, matchingWords(folded, matchedTerms));
  if (!first) return { text: folded.slice(0, CONTEXT * 2), highlights: [] };
  let start = Math.max(0, first[0] - CONTEXT);
  let end = Math.min(folded.length, first[1] + CONTEXT);
  // Cut at spaces so no word is shown in part.
  if (start > 0) start = folded.indexOf(' ', start) + 1 || start;
  if (end < folded.length && folded.lastIndexOf(' ', end) > first[1]) end = folded.lastIndexOf(' ', end);
  const prefix = start > 0 ? '… ' : '';
  const suffix = end < folded.length ? ' …' : '';
  const shown = `${prefix}${folded.slice(start, end)}${suffix}`;
  return { text: shown, highlights: matchingWords(shown, matchedTerms) };
}
