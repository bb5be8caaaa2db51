/**
 * Words as a reader counts them: runs of non-space characters that hold at least one letter or digit, so a dash
 * or an emoji on its own is not a word. The same rule in the page and in the tests.
 */
export function countWords(text: string): number {
  let count = 0;
  for (const token of text.split(/\s+/u)) if (/[\p{L}\p{N}]/u.test(token)) count += 1;
  return count;
}
