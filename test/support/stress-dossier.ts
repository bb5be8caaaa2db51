import type { RequestOf } from '../../shared/api/contract';
import { PASSIE_KEYS, type ReplyBlocks } from '../../shared/domain/passie';
import type { RichDoc, RichNode } from '../../shared/domain/rich-text';
import { fixture, fixtureJson } from './fixtures';
import { longText } from './long-round';
import { importWhole } from './import-whole';
import type { TempStudio } from './temp-studio';

export const STRESS_CLIENT = 'Stress Sjoerd';

const text = (value: string, marks?: RichNode['marks']): RichNode => ({
  type: 'text',
  text: value,
  ...(marks ? { marks } : {}),
});
const paragraph = (...content: RichNode[]): RichNode => ({ type: 'paragraph', content });
const item = (...content: RichNode[]): RichNode => ({ type: 'listItem', content });

/** A unique, searchable last sentence per answer: the proof that nothing after it was lost. */
export function lastWordsOf(round: number, answer: number): string {
  return `Einde van antwoord ${round}.${answer}: zonnebloem${round}x${answer} klaar.`;
}

/**
 * A long answer with every rich-text feature the dossier has: paragraphs of plain Dutch (with one unbreakable
 * 49-letter word per sentence), bold, italic, underline and all three at once, links (web and mail), a heading,
 * bullet lists nested three deep, an ordered list with its own start, a quotation holding a list, a hard break.
 */
export function richAnswer(words: number, round: number, answer: number): RichDoc {
  const paragraphs = longText(words, round * 7 + answer).split('\n');
  const content: RichNode[] = [];
  paragraphs.forEach((plain, index) => {
    if (index % 4 === 1) {
      const [first, ...rest] = plain.split(' ');
      content.push(
        paragraph(
          text(`${first} `, [{ type: 'bold' }]),
          text('schuin ', [{ type: 'italic' }]),
          text('onderstreept ', [{ type: 'underline' }]),
          text('alles tegelijk', [{ type: 'bold' }, { type: 'italic' }, { type: 'underline' }]),
          text(` ${rest.join(' ')} Zie `),
          text('de website', [{ type: 'link', attrs: { href: 'https://www.example.org/passie/ronde' } }]),
          text(' of mail '),
          text('de coach', [{ type: 'link', attrs: { href: 'mailto:coach@praktijk.example' } }]),
          text('.'),
        ),
      );
    } else {
      content.push(paragraph(text(plain)));
    }
    if (index === 0) {
      content.push({ type: 'heading', attrs: { level: 3 }, content: [text('Wat ik merk – “een tussenkop”')] });
    }
    if (index === 1) {
      content.push({
        type: 'bulletList',
        content: [
          item(paragraph(text('Eerste punt: rust nemen na het werk'))),
          item(paragraph(text('Tweede punt met een eigen lijst')), {
            type: 'bulletList',
            content: [
              item(paragraph(text('genest niveau twee'))),
              item(paragraph(text('nog dieper:')), {
                type: 'bulletList',
                content: [item(paragraph(text('niveau drie, € 12,50 – klaar')))],
              }),
            ],
          }),
          item(paragraph(text('Derde punt, met een harde'), { type: 'hardBreak' }, text('regelafbreking erin'))),
        ],
      });
      content.push({
        type: 'orderedList',
        attrs: { start: 3 },
        content: [item(paragraph(text('derde stap'))), item(paragraph(text('vierde stap')))],
      });
    }
    if (index === 2) {
      content.push({
        type: 'blockquote',
        content: [
          paragraph(text('‘Je hoeft niet altijd de sterkste te zijn,’ zei mijn zus. Dat bleef hangen.')),
          { type: 'bulletList', content: [item(paragraph(text('een lijst in een citaat')))] },
        ],
      });
    }
  });
  content.push(paragraph(text(lastWordsOf(round, answer))));
  return { type: 'doc', content };
}

function replyBlocks(round: number): ReplyBlocks {
  return Object.fromEntries(
    PASSIE_KEYS.map((key, index) => [
      key,
      {
        type: 'doc',
        content: [
          paragraph(text(`Blok ${key} van ronde ${round}: `, [{ type: 'bold' }]), text(longText(60, index + round))),
        ],
      } satisfies RichDoc,
    ]),
  ) as ReplyBlocks;
}

/** The e-mail fixture with a JPEG attachment, imported as a round of its own: a real image in the vault. */
async function importImageRound(temp: TempStudio, trajectId: string): Promise<string> {
  const name = '03-danielle-ronde6-docx-en-jpg-bijlagen.eml';
  const { roundId } = await importWhole(temp, trajectId, {
    name,
    bytes: fixture(`eml/${name}`),
  });
  return roundId;
}

/**
 * A traject of `rounds` rounds of `answersPerRound` rich answers of `words` words each, every round with a
 * sent reply, plus the e-mail round with a JPEG attachment (its questions come from the fixtures' catalogue).
 */
export async function seedStressDossier(
  temp: TempStudio,
  options: { rounds: number; words: number; answersPerRound?: number },
): Promise<{ trajectId: string; roundIds: string[]; imageRoundId: string }> {
  await temp.call('catalogue.import', fixtureJson<RequestOf<'catalogue.import'>>('questions.json'));
  const { id: clientId } = await temp.call('client.add', { name: STRESS_CLIENT });
  const { id: trajectId } = await temp.call('traject.add', {
    clientId,
    title: 'Zwaar traject',
    goal: 'Alles tegelijk laten zien',
  });
  const roundIds: string[] = [];
  const start = Date.UTC(2025, 0, 6, 20, 30);
  for (let round = 1; round <= options.rounds; round += 1) {
    const answers = Array.from({ length: options.answersPerRound ?? 1 }, (_, index) => ({
      title: `Vraag ${round}.${index + 1}: wat heb je deze week gemerkt?`,
      content: richAnswer(options.words, round, index + 1),
    }));
    const view = await temp.call('round.add', {
      trajectId,
      receivedAt: new Date(start + (round - 1) * 7 * 86_400_000).toISOString(),
      answers,
    });
    await temp.call('reply.saveDraft', { trajectId, roundId: view.id, blocks: replyBlocks(round) });
    await temp.call('reply.send', { trajectId, roundId: view.id });
    roundIds.push(view.id);
  }
  const imageRoundId = await importImageRound(temp, trajectId);
  return { trajectId, roundIds, imageRoundId };
}
