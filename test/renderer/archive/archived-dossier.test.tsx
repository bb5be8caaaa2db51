// @vitest-environment jsdom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ParsedRequestOf } from '../../../shared/api/contract';
import type { ArchiveSummary } from '../../../shared/domain/archive';
import type { DossierView, RoundView } from '../../../shared/domain/dossier';
import { PASSIE_KEYS, type ReplyBlocks } from '../../../shared/domain/passie';
import { richTextFromPlain } from '../../../shared/domain/rich-text';
import { errorMessages } from '../../../shared/i18n/error-messages';
import { formatDate } from '../../../renderer/src/app/format-date';
import { renderApp, resetDom } from '../support/render-app';
import { client, coachingStudio, HOUR, idOf, traject } from '../support/fake-coaching';
import { failure } from '../support/fake-studio';
import { catchDownloads } from '../support/downloads';

let blobs: Map<string, Blob>;
let clicked: HTMLAnchorElement[];

beforeEach(() => {
  ({ blobs, clicked } = catchDownloads());
});

afterEach(() => {
  resetDom();
  vi.restoreAllMocks();
  window.location.hash = '';
});

const TRAJECT = idOf('tr', 1);
const FIRST = idOf('rd', 1);
const SECOND = idOf('rd', 2);
const ANSWER_ONE = 'Mijn veilige haven is het bankje aan de Vecht, vroeg in de ochtend.';
const ANSWER_TWO = 'Een topjob is werk waar ik ’s avonds nog energie van over heb.';
const P_OPEN = 'Wat mooi dat je dat bankje zo precies beschrijft.';
const P_CLOSE = 'Ik heb er vertrouwen in dat je die rust weer vindt.';
const NOTE = 'Privé: volgende keer doorvragen over de Vecht.';
const ATTACHMENT = 'voicememo-ronde-1.m4a';
const MEMO = `at_${'1'.padStart(20, '0')}`;
const PHOTO = `at_${'2'.padStart(20, '0')}`;
const PHOTO_NAME = 'mijn-plek.jpg';
/** What the archive holds for each attachment, as archive.readAttachment hands it over. */
const ARCHIVED_FILES: Record<string, { name: string; mediaType: string; text: string }> = {
  [MEMO]: { name: ATTACHMENT, mediaType: 'audio/mp4', text: 'ftypM4A memo' },
  [PHOTO]: { name: PHOTO_NAME, mediaType: 'image/jpeg', text: '\xff\xd8\xff\xe0 bankje' },
};

const received = Date.parse('2025-03-03T20:15:00.000Z');
const reply: ReplyBlocks = Object.fromEntries(
  PASSIE_KEYS.map((key) => [key, richTextFromPlain(key === 'p_open' ? P_OPEN : key === 'p_close' ? P_CLOSE : '')]),
) as ReplyBlocks;

const rounds: RoundView[] = [
  {
    id: FIRST,
    number: 1,
    receivedAt: new Date(received).toISOString(),
    dueAt: new Date(received + 48 * HOUR).toISOString(),
    source: 'email',
    answers: [
      {
        id: idOf('an', 1),
        questionId: 'haven-1',
        content: richTextFromPlain(ANSWER_ONE),
        attachments: [
          {
            id: MEMO,
            name: ATTACHMENT,
            mediaType: 'audio/mp4',
            size: 2_400_000,
            sha256: 'a'.repeat(64),
          },
          { id: PHOTO, name: PHOTO_NAME, mediaType: 'image/jpeg', size: 11, sha256: 'c'.repeat(64) },
        ],
      },
    ],
    reply: { blocks: reply, sentAt: new Date(received + 20 * HOUR).toISOString() },
  },
  {
    id: SECOND,
    number: 2,
    receivedAt: new Date(received + 7 * 24 * HOUR).toISOString(),
    dueAt: new Date(received + 9 * 24 * HOUR).toISOString(),
    source: 'typed',
    answers: [{ id: idOf('an', 2), questionId: 'topjob-1', content: richTextFromPlain(ANSWER_TWO), attachments: [] }],
  },
];

const summary: ArchiveSummary = {
  id: TRAJECT,
  clientId: idOf('cl', 1),
  clientName: 'Daniëlle van Dijk-Ramdin',
  title: 'Weer aan het werk',
  closedAt: '2025-04-01T10:00:00.000Z',
  retentionUntil: '2027-04-01T10:00:00.000Z',
  due: 'active',
  chainHead: 'b'.repeat(64),
  size: 1_234_567,
};

/** The studio after closing: the traject is archived, its dossier only in the archive. */
function archivedStudio() {
  const dossier: DossierView = {
    traject: traject(1, 1, {
      title: summary.title,
      goal: 'Bewust kiezen hoe ik weer wil werken.',
      status: 'closed',
      closedAt: summary.closedAt,
      rounds: 2,
    }),
    client: client(1, { name: summary.clientName }),
    rounds,
    notes: [{ seq: 6, at: '2025-03-05T09:00:00.000Z', content: richTextFromPlain(NOTE) }],
    chain: { events: 7, head: summary.chainHead },
  };
  const restored: string[] = [];
  const studio = coachingStudio(
    {},
    {
      'archive.list': () => ({ ok: true, value: { archives: [summary] } }),
      'archive.open': (request) =>
        (request as ParsedRequestOf<'archive.open'>).id === TRAJECT
          ? { ok: true, value: dossier }
          : failure('archive_not_found'),
      'archive.readAttachment': (request) => {
        const { id, attachmentId } = request as ParsedRequestOf<'archive.readAttachment'>;
        const file = id === TRAJECT ? ARCHIVED_FILES[attachmentId] : undefined;
        if (!file) return failure('attachment_not_found');
        const { name, mediaType, text } = file;
        return { ok: true, value: { name, mediaType, size: text.length, base64: btoa(text) } };
      },
      'archive.restore': (request) => {
        restored.push((request as ParsedRequestOf<'archive.restore'>).id);
        return { ok: true, value: dossier.traject };
      },
    },
  );
  return { ...studio, restored };
}

async function open(hash: string, language: 'nl' | 'en' = 'nl') {
  const studio = archivedStudio();
  window.location.hash = hash;
  renderApp({ language, studio: studio.studio });
  return studio;
}

/**
 * Nothing in the screen takes typing: no field, no text area, no editor (editable or read-only). The studio's own
 * header (search, lock) sits outside `main` and stays.
 */
function expectNothingEditable() {
  const main = screen.getByRole('main');
  expect(within(main).queryAllByRole('textbox')).toEqual([]);
  expect(main.querySelectorAll('input, textarea, [contenteditable]')).toHaveLength(0);
}

const buttonNames = () =>
  within(screen.getByRole('main'))
    .getAllByRole('button')
    .map((button) => button.textContent?.trim());

describe('an archive opened read-only', () => {
  it('is opened from its row in the archive', async () => {
    await open('#/archive');
    const link = await screen.findByRole(
      'link',
      { name: `Openen (alleen lezen): ${summary.title}` },
      // The first screen of the file also pays for loading the app's modules.
      { timeout: 5_000 },
    );
    expect(link.textContent).toBe('Openen (alleen lezen)');
    expect(link.getAttribute('href')).toBe(`#/archive/${TRAJECT}`);
  });

  it('shows goal, timeline and notes, says it is archived with its dates, and offers nothing to edit', async () => {
    const studio = await open(`#/archive/${TRAJECT}`);
    await screen.findByRole('heading', { level: 2, name: summary.title });
    const banner = screen.getByRole('region', { name: 'Gearchiveerd — alleen lezen' });
    expect(within(banner).getByText(`Afgesloten op ${formatDate(summary.closedAt, 'nl')}`)).toBeDefined();
    expect(within(banner).getByText(`Bewaren tot ${formatDate(summary.retentionUntil, 'nl')}`)).toBeDefined();
    expect(within(banner).getByRole('link', { name: 'Terug naar het archief' }).getAttribute('href')).toBe('#/archive');

    expect(screen.getByText('Bewust kiezen hoe ik weer wil werken.')).toBeDefined();
    expect(screen.getByText(NOTE)).toBeDefined();
    const timeline = screen.getByRole('region', { name: 'Rondes' });
    const [first, second] = within(timeline)
      .getAllByRole('listitem')
      .filter((item) => item.dataset.roundId);
    expect(within(first!).getAllByText('Beantwoord').length).toBeGreaterThan(0);
    // The clock stopped at closing: no "te laat" for the round that was never answered.
    expect(within(second!).getByText('Geen reactie verstuurd')).toBeDefined();
    expect(within(second!).queryByText(/te laat/i)).toBeNull();
    expect(within(second!).getByRole('link', { name: 'Ronde 2 openen' }).getAttribute('href')).toBe(
      `#/archive/${TRAJECT}/rounds/${SECOND}`,
    );

    expectNothingEditable();
    // The archive's own actions, and nothing that changes the dossier (no goal editing, no round, no note, no import).
    expect(buttonNames()).toEqual(['Terugzetten', 'Ondertekende PDF']);
    expect(screen.queryByRole('button', { name: /Ronde toevoegen|bewerken|Notitie toevoegen|importeren/i })).toBeNull();
    expect(studio.methods()).not.toContain('traject.show');
  });

  it('shows a round as the split view: the answers beside the sent reply, as text, with no editor or quoting', async () => {
    const studio = await open(`#/archive/${TRAJECT}/rounds/${FIRST}`);
    await screen.findByRole('heading', { level: 2, name: /Ronde 1/ });
    const answers = screen.getByRole('region', { name: 'Antwoorden' });
    expect(within(answers).getByText(ANSWER_ONE)).toBeDefined();
    expect(within(answers).getByText('Wat is jouw veilige haven?')).toBeDefined();
    expect(within(answers).getByText(ATTACHMENT)).toBeDefined();

    const replyPane = screen.getByRole('region', { name: 'Uw reactie' });
    expect(within(replyPane).getByText(P_OPEN)).toBeDefined();
    expect(within(replyPane).getByText(P_CLOSE)).toBeDefined();
    expect(within(replyPane).getByRole('heading', { name: /Positief benoemen/ })).toBeDefined();
    expect(within(replyPane).getByText(/^Afgerond op /)).toBeDefined();

    expectNothingEditable();
    expect(screen.queryByRole('button', { name: /Citeer in|Versturen/ })).toBeNull();
    expect(screen.getByRole('region', { name: 'Gearchiveerd — alleen lezen' })).toBeDefined();
    expect(screen.getByRole('link', { name: 'Terug naar het traject' }).getAttribute('href')).toBe(
      `#/archive/${TRAJECT}`,
    );
    expect(studio.methods()).not.toContain('reply.saveDraft');
  });

  it('shows images and saves attachments as a live round does, read from the archive without restoring', async () => {
    const studio = await open(`#/archive/${TRAJECT}/rounds/${FIRST}`);
    const answers = await screen.findByRole('region', { name: 'Antwoorden' });
    const archiveReads = () =>
      studio.calls.filter((call) => call.method === 'archive.readAttachment').map((call) => call.request);

    const image = (await within(answers).findByRole('img', { name: PHOTO_NAME })) as HTMLImageElement;
    const shown = blobs.get(image.getAttribute('src')!)!;
    expect(shown.type).toBe('image/jpeg');
    expect(new Uint8Array(await shown.arrayBuffer())).toEqual(
      Uint8Array.from(ARCHIVED_FILES[PHOTO]!.text, (char) => char.charCodeAt(0)),
    );
    // The voice memo is not an image: it is read only when the coach asks to save it.
    expect(archiveReads()).toEqual([{ id: TRAJECT, attachmentId: PHOTO }]);

    fireEvent.click(within(answers).getByRole('button', { name: `Opslaan als… – ${ATTACHMENT}` }));
    await waitFor(() => expect(clicked).toHaveLength(1));
    expect(clicked[0]!.download).toBe(ATTACHMENT);
    const saved = blobs.get(clicked[0]!.getAttribute('href')!)!;
    expect(saved.type).toBe('audio/mp4');
    expect(await saved.text()).toBe(ARCHIVED_FILES[MEMO]!.text);
    expect(archiveReads()).toContainEqual({ id: TRAJECT, attachmentId: MEMO });
    // Nothing asks the (gone) traject folder, and nothing says to restore first.
    expect(studio.methods()).not.toContain('attachment.read');
    expect(studio.methods()).not.toContain('archive.restore');
    expect(within(answers).queryByText(/terug/i)).toBeNull();
    expectNothingEditable();
  });

  it('says in a plain sentence when the archive cannot hand over an attachment, in place of the image', async () => {
    const studio = archivedStudio();
    studio.answer('archive.readAttachment', () => ({
      ok: false,
      error: { code: 'archive_damaged', message: 'not for the screen' },
    }));
    window.location.hash = `#/archive/${TRAJECT}/rounds/${FIRST}`;
    renderApp({ language: 'en', studio: studio.studio });
    const answers = await screen.findByRole('region', { name: 'Answers' });

    const alert = await within(answers).findByRole('alert');
    expect(alert.textContent).toBe(errorMessages.en.archive_damaged);
    expect(alert.closest('figure')).not.toBeNull();
    expect(within(answers).queryByRole('img')).toBeNull();
    fireEvent.click(within(answers).getByRole('button', { name: `Save as… – ${ATTACHMENT}` }));
    await waitFor(() => expect(within(answers).getAllByRole('alert')).toHaveLength(2));
    expect(clicked).toHaveLength(0);
    expect(document.body.textContent).not.toContain('not for the screen');
  });

  it('says so for a round that had no reply when it was closed, still without an editor', async () => {
    await open(`#/archive/${TRAJECT}/rounds/${SECOND}`);
    await screen.findByRole('heading', { level: 2, name: /Ronde 2/ });
    expect(screen.getByText(ANSWER_TWO)).toBeDefined();
    expect(
      screen.getByText('In deze ronde is geen reactie verstuurd voordat het traject werd afgesloten.'),
    ).toBeDefined();
    expectNothingEditable();
  });

  it('speaks English, and restores the archive from its banner', async () => {
    const studio = await open(`#/archive/${TRAJECT}`, 'en');
    const banner = await screen.findByRole('region', { name: 'Archived — read-only' });
    expect(within(banner).getByText(`Keep until ${formatDate(summary.retentionUntil, 'en')}`)).toBeDefined();
    expect(screen.getByText('No reply sent')).toBeDefined();
    fireEvent.click(within(banner).getByRole('button', { name: 'Restore' }));
    await waitFor(() => expect(window.location.hash).toBe(`#/trajects/${TRAJECT}`));
    expect(studio.restored).toEqual([TRAJECT]);
  });

  it('names an archive that is not there as not found', async () => {
    await open(`#/archive/${idOf('tr', 9)}`);
    expect(await screen.findByText('Dit archief bestaat niet (meer).')).toBeDefined();
  });
});
