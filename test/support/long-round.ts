import { PASSIE_KEYS, type ReplyBlocks } from '../../shared/domain/passie';
import { richTextFromPlain } from '../../shared/domain/rich-text';
import type { TempStudio } from './temp-studio';

const WORDS = (
  'Ik merk dat ik het lastig vind om te kiezen tussen wat ik wil en wat er van mij verwacht wordt, en dat ik ' +
  'daar moe van word. Vorige week zei ik hardop dat ik minder wil werken en dat voelde goed. ' +
  'Donaudampfschifffahrtsgesellschaftskapitänswitwe.'
).split(' ');

/** `count` words of plausible Dutch, in paragraphs of 120 words (one unbreakably long word among them). */
export function longText(count: number, offset = 0): string {
  const paragraphs: string[] = [];
  let line: string[] = [];
  for (let index = 0; index < count; index += 1) {
    line.push(WORDS[(index + offset) % WORDS.length]!);
    if (line.length === 120) {
      paragraphs.push(line.join(' '));
      line = [];
    }
  }
  if (line.length > 0) paragraphs.push(line.join(' '));
  return paragraphs.join('\n');
}

export const LONG_CLIENT = 'Lange Lotte';

/**
 * The heaviest ordinary round: one 3,000-word answer, and a 5,000-word draft reply (714 or 715 words per block).
 * For the layout checks and the typing benchmark.
 */
export async function seedLongRound(
  temp: TempStudio,
): Promise<{ name: string; trajectId: string; roundIds: string[] }> {
  const { id: clientId } = await temp.call('client.add', { name: LONG_CLIENT });
  const { id: trajectId } = await temp.call('traject.add', { clientId, title: 'Een lang traject' });
  const round = await temp.call('round.add', {
    trajectId,
    answers: [{ title: 'Wat wil je kwijt?', content: richTextFromPlain(longText(3_000)) }],
  });
  const blocks = Object.fromEntries(
    PASSIE_KEYS.map((key, index) => [key, richTextFromPlain(longText(index < 5 ? 714 : 715, index * 7))]),
  ) as ReplyBlocks;
  await temp.call('reply.saveDraft', { trajectId, roundId: round.id, blocks });
  return { name: LONG_CLIENT, trajectId, roundIds: [round.id] };
}
