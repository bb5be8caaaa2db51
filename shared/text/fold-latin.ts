/**
 * Latin letters that Unicode does not split into a base letter and a combining mark, so NFKD leaves them whole:
 * strokes (ł, ø, đ, ħ), ligatures (æ, œ, ß) and letters of their own (þ, ð, ı, ŋ). Each is written as the letters
 * a Dutch or English reader would type for it.
 */
const WHOLE_LETTERS: Readonly<Record<string, string>> = {
  ß: 'ss',
  ẞ: 'SS',
  æ: 'ae',
  Æ: 'AE',
  œ: 'oe',
  Œ: 'OE',
  ø: 'o',
  Ø: 'O',
  ł: 'l',
  Ł: 'L',
  đ: 'd',
  Đ: 'D',
  ð: 'd',
  Ð: 'D',
  þ: 'th',
  Þ: 'TH',
  ı: 'i',
  ħ: 'h',
  Ħ: 'H',
  ŧ: 't',
  Ŧ: 'T',
  ĸ: 'k',
  ŋ: 'ng',
  Ŋ: 'NG',
  ƀ: 'b',
  Ƀ: 'B',
  ɓ: 'b',
  Ɓ: 'B',
  ƈ: 'c',
  Ƈ: 'C',
  ɗ: 'd',
  Ɗ: 'D',
  ɖ: 'd',
  Ɖ: 'D',
  ƒ: 'f',
  Ƒ: 'F',
  ɠ: 'g',
  Ɠ: 'G',
  ǥ: 'g',
  Ǥ: 'G',
  ɨ: 'i',
  Ɨ: 'I',
  ƙ: 'k',
  Ƙ: 'K',
  ƚ: 'l',
  Ƚ: 'L',
  ɲ: 'n',
  Ɲ: 'N',
  ɵ: 'o',
  Ɵ: 'O',
  ƥ: 'p',
  Ƥ: 'P',
  ɍ: 'r',
  Ɍ: 'R',
  ƭ: 't',
  Ƭ: 'T',
  ʉ: 'u',
  Ʉ: 'U',
  ƴ: 'y',
  Ƴ: 'Y',
  ɏ: 'y',
  Ɏ: 'Y',
  ƶ: 'z',
  Ƶ: 'Z',
  ə: 'e',
  Ə: 'E',
};

const WHOLE_LETTER = new RegExp(`[${Object.keys(WHOLE_LETTERS).join('')}]`, 'gu');

/**
 * The text with every Latin diacritic taken off, case kept: "Łódź" → "Lodz", "Ærø" → "AEro", "Straße" → "Strasse",
 * "İstanbul" → "Istanbul". Compatibility forms are unfolded too ("ﬁ" → "fi", "ĳ" → "ij"). Search (for indexing and
 * for queries), the dashboard's filter, the import's question matching and file names all fold with it, so a name
 * found by typing "lodz" is also the "lodz" in a file name.
 */
export function foldLatin(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(WHOLE_LETTER, (letter) => WHOLE_LETTERS[letter] ?? letter);
}
