import { render } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import type { ParsedRequestOf } from '../../../shared/api/contract';
import type { Catalogue } from '../../../shared/domain/catalogue';
import type { DossierView, RoundView } from '../../../shared/domain/dossier';
import { defaultSettings, type Settings } from '../../../shared/domain/settings';
import { richTextFromPlain } from '../../../shared/domain/rich-text';
import { StudioProvider } from '../../../renderer/src/app/studio-context';
import { createI18n, type Language } from '../../../renderer/src/i18n';
import { RoundScreen } from '../../../renderer/src/screens/round/RoundScreen';
import { fakeStudio, failure, type FakeStudio, type Overrides } from '../support/fake-studio';

export const id = (prefix: 'cl' | 'tr' | 'rd' | 'an', index: number) => `${prefix}_${String(index).padStart(20, '0')}`;
export const TRAJECT = id('tr', 1);
export const CURRENT = id('rd', 2);
export const EARLIER = id('rd', 1);
export const DRAWING = 'at_00000000000000000001';
/** Not a decodable JPEG (jsdom decodes no images), only its first bytes. */
export const DRAWING_BASE64 = btoa('\xff\xd8\xff\xe0 tekening');

export const catalogue: Catalogue = {
  places: [
    {
      id: 'haven',
      name: { nl: 'Veilige haven', en: 'Safe harbour' },
      questions: [
        { id: 'haven-1', text: { nl: 'Wat is jouw veilige haven?', en: 'What is your safe harbour?' } },
        { id: 'haven-2', text: { nl: 'Wie hoort daarbij?', en: 'Who belongs there?' } },
      ],
    },
  ],
};

function answer(index: number, fields: Partial<RoundView['answers'][number]>): RoundView['answers'][number] {
  return { id: id('an', index), content: richTextFromPlain('…'), attachments: [], ...fields };
}

/** Two rounds of Daan: the first answered and replied to, the second (current) waiting, with three kinds of answer. */
export function dossier(): DossierView {
  const earlierReply = Object.fromEntries(
    (['p_open', 'a', 's1', 's2', 'i', 'e', 'p_close'] as const).map((key) => [
      key,
      key === 'p_open' ? richTextFromPlain('Wat fijn dat je schreef.') : { type: 'doc', content: [] },
    ]),
  ) as NonNullable<RoundView['reply']>['blocks'];
  return {
    traject: {
      id: TRAJECT,
      clientId: id('cl', 1),
      title: 'Kiezen voor rust',
      status: 'active',
      startedAt: '2025-01-06T09:00:00.000Z',
      awaiting: [{ roundId: CURRENT, receivedAt: '2025-02-01T09:00:00.000Z', dueAt: '2025-02-03T09:00:00.000Z' }],
      rounds: 2,
    },
    client: { id: id('cl', 1), name: 'Daan de Vries', createdAt: '2025-01-02T09:00:00.000Z' },
    rounds: [
      {
        id: EARLIER,
        number: 1,
        receivedAt: '2025-01-10T09:00:00.000Z',
        dueAt: '2025-01-12T09:00:00.000Z',
        source: 'typed',
        answers: [answer(1, { questionId: 'haven-2', content: richTextFromPlain('Mijn zus en mijn hond.') })],
        reply: { blocks: earlierReply, sentAt: '2025-01-11T10:00:00.000Z' },
      },
      {
        id: CURRENT,
        number: 2,
        receivedAt: '2025-02-01T09:00:00.000Z',
        dueAt: '2025-02-03T09:00:00.000Z',
        source: 'typed',
        answers: [
          answer(2, {
            questionId: 'haven-1',
            content: {
              type: 'doc',
              content: [
                { type: 'paragraph', content: [{ type: 'text', text: 'Het strand bij Wijk aan Zee, in de winter.' }] },
                {
                  type: 'paragraph',
                  content: [
                    { type: 'text', text: 'Zie ' },
                    {
                      type: 'text',
                      text: 'mijn blog',
                      marks: [{ type: 'link', attrs: { href: 'https://example.org/blog' } }],
                    },
                    { type: 'text', text: ' en <script>alert(1)</script>', marks: [{ type: 'bold' }] },
                  ],
                },
              ],
            },
            attachments: [
              {
                id: DRAWING,
                name: 'tekening.jpg',
                mediaType: 'image/jpeg',
                size: 20_480,
                sha256: 'a'.repeat(64),
              },
            ],
          }),
          answer(3, { title: 'Wat ik nog kwijt wil', content: richTextFromPlain('Dat ik moe ben.') }),
          answer(4, { questionId: 'weg-1', content: richTextFromPlain('Een vraag die niet meer bestaat.') }),
        ],
      },
    ],
    notes: [],
    chain: { events: 4, head: '0'.repeat(64) },
  };
}

export interface RoundWorld {
  dossier: DossierView;
  settings: Settings;
  /** The bytes (base64) of the attachments the dossier names, by attachment id. */
  files: Record<string, string>;
  fake: FakeStudio;
}

/** A studio holding one dossier: `traject.show`, drafts and sending as the real one does them (checked requests). */
export function roundWorld(extra: Overrides = {}, settings: Settings = defaultSettings('nl')): RoundWorld {
  const world = {
    dossier: dossier(),
    settings: structuredClone(settings),
    files: { [DRAWING]: DRAWING_BASE64 } as Record<string, string>,
  } as RoundWorld;
  let clock = Date.parse('2025-02-01T14:32:00.000Z');
  const round = (roundId: string) => world.dossier.rounds.find((candidate) => candidate.id === roundId);
  const overrides: Overrides = {
    'traject.show': () => ({ ok: true, value: structuredClone(world.dossier) }),
    'settings.get': () => ({ ok: true, value: world.settings }),
    'settings.update': (request) => {
      world.settings = { ...world.settings, ...(request as ParsedRequestOf<'settings.update'>) };
      return { ok: true, value: world.settings };
    },
    'catalogue.list': () => ({ ok: true, value: catalogue }),
    'reply.saveDraft': (request) => {
      const { roundId, blocks } = request as ParsedRequestOf<'reply.saveDraft'>;
      const found = round(roundId);
      if (!found) return failure('round_not_found');
      if (found.reply) return failure('reply_already_sent');
      clock += 60_000;
      found.draft = { blocks, updatedAt: new Date(clock).toISOString() };
      return { ok: true, value: { updatedAt: found.draft.updatedAt } };
    },
    'attachment.read': (request) => {
      const { trajectId, attachmentId } = request as ParsedRequestOf<'attachment.read'>;
      const ref = world.dossier.rounds
        .flatMap((candidate) => candidate.answers.flatMap((answer) => answer.attachments))
        .find((candidate) => candidate.id === attachmentId);
      const base64 = world.files[attachmentId];
      if (trajectId !== world.dossier.traject.id || !ref || base64 === undefined)
        return failure('attachment_not_found');
      return { ok: true, value: { name: ref.name, mediaType: ref.mediaType, size: ref.size, base64 } };
    },
    'reply.send': (request) => {
      const { roundId } = request as ParsedRequestOf<'reply.send'>;
      const found = round(roundId);
      if (!found?.draft) return failure('reply_needs_positive');
      found.reply = { blocks: found.draft.blocks, sentAt: new Date(clock).toISOString() };
      delete found.draft;
      return { ok: true, value: { sentAt: found.reply.sentAt } };
    },
    ...extra,
  };
  world.fake = fakeStudio({ vault: 'unlocked' }, overrides);
  return world;
}

export function renderRound(
  world: RoundWorld,
  { language = 'nl', roundId = CURRENT }: { language?: Language; roundId?: string } = {},
) {
  return render(
    <I18nextProvider i18n={createI18n(language)}>
      <StudioProvider studio={world.fake.studio}>
        <RoundScreen trajectId={TRAJECT} roundId={roundId} />
      </StudioProvider>
    </I18nextProvider>,
  );
}
