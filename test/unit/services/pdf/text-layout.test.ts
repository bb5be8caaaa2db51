import { describe, expect, it } from 'vitest';
import type { FontName } from '../../../../main/services/pdf/fonts';
import { layoutLines, type FontMetrics, type Run } from '../../../../main/services/pdf/text-layout';

/**
 * Every character half an em wide; Serif lacks the pencil (U+270F), Sans has it; no DejaVu face has the smiling
 * face (U+1F642), one Noto Emoji subset has it; and no font at all has 中 (U+4E2D).
 */
const asked: FontName[] = [];
const metrics: FontMetrics & { calls: number } = {
  calls: 0,
  width(text, _font, size) {
    this.calls += 1;
    return [...text].length * size * 0.5;
  },
  covers(font: FontName, codePoint: number) {
    asked.push(font);
    if (codePoint === 0x4e2d) return false;
    if (codePoint === 0x1f642) return font === 'emoji-9';
    if (font.startsWith('emoji-')) return false;
    return !(codePoint === 0x270f && font.startsWith('serif'));
  },
};

const plain = (text: string, font: FontName = 'serif'): Run => ({ text, style: { font, size: 10, color: '#000' } });
const lineTexts = (runs: Run[], width: number) =>
  layoutLines(runs, width, metrics).map((line) => line.fragments.map((fragment) => fragment.text).join(''));

describe('line layout', () => {
  it('fills lines greedily at spaces and never exceeds the width', () => {
    const lines = layoutLines([plain('een twee drie vier vijf zes zeven')], 70, metrics);
    // Five points a character: 70 points hold 14.
    expect(lines.map((line) => line.fragments.map((f) => f.text).join(''))).toEqual([
      'een twee drie',
      'vier vijf zes',
      'zeven',
    ]);
    for (const line of lines) expect(line.width).toBeLessThanOrEqual(70);
  });

  it('keeps a word whole across runs of different style, and positions each fragment', () => {
    const runs: Run[] = [
      plain('vet'),
      { text: 'gedrukt en', style: { font: 'serifBold', size: 10, color: '#000' } },
      plain(' klaar'),
    ];
    const [line] = layoutLines(runs, 500, metrics);
    expect(line!.fragments.map((fragment) => [fragment.text, fragment.x, fragment.style.font])).toEqual([
      ['vet', 0, 'serif'],
      ['gedrukt en', 15, 'serifBold'],
      [' klaar', 65, 'serif'],
    ]);
    // Too narrow for "vetgedrukt" and "en" together: the bold word part moves with its plain start.
    expect(lineTexts(runs, 60)).toEqual(['vetgedrukt', 'en klaar']);
  });

  it('breaks a word longer than a line between characters, and a hard break always', () => {
    const long = 'Donaudampfschifffahrtsgesellschaftskapitänswitwe';
    const lines = lineTexts([plain(`kort ${long} eind`)], 100);
    // Twenty characters a line: "kort", then the word in parts, its tail sharing a line with the next word.
    expect(lines).toEqual(['kort', long.slice(0, 20), long.slice(20, 40), `${long.slice(40)} eind`]);
    for (const line of lines) expect(line.length * 5).toBeLessThanOrEqual(100);
    expect(lineTexts([plain('boven\nonder')], 500)).toEqual(['boven', 'onder']);
  });

  it('splits a 200,000-character word in linear time', () => {
    metrics.calls = 0;
    const lines = layoutLines([plain('x'.repeat(200_000))], 400, metrics);
    expect(lines).toHaveLength(2_500);
    expect(metrics.calls).toBeLessThan(250_000);
  });

  it('takes characters the font lacks from Sans, and drops emoji selectors that draw nothing', () => {
    const [line] = layoutLines([plain('pen ✏️ klaar')], 500, metrics);
    expect(line!.fragments.map((fragment) => [fragment.text, fragment.style.font])).toEqual([
      ['pen ', 'serif'],
      ['✏', 'sans'],
      [' klaar', 'serif'],
    ]);
  });

  it('takes emoji from the Noto Emoji subset that has them, and opens those fonts only for symbols', () => {
    const [line] = layoutLines([plain('dank 🙂 klaar', 'sansBold')], 500, metrics);
    expect(line!.fragments.map((fragment) => [fragment.text, fragment.style.font])).toEqual([
      ['dank ', 'sansBold'],
      ['🙂', 'emoji-9'],
      [' klaar', 'sansBold'],
    ]);
    // A character no font has stays in the run's font (an empty box says something is there), and is never
    // looked for among the emoji.
    asked.length = 0;
    const [cjk] = layoutLines([plain('中')], 500, metrics);
    expect(cjk!.fragments.map((fragment) => [fragment.text, fragment.style.font])).toEqual([['中', 'serif']]);
    expect(asked.filter((font) => font.startsWith('emoji-'))).toEqual([]);
  });

  it('gives nothing for empty text and collapses runs of spaces', () => {
    expect(layoutLines([plain('')], 100, metrics)).toEqual([]);
    expect(lineTexts([plain('a    b')], 100)).toEqual(['a b']);
  });
});
