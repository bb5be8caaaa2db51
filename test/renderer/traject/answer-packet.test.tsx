// @vitest-environment jsdom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ParsedRequestOf } from '../../../shared/api/contract';
import type { RoundView } from '../../../shared/domain/dossier';
import { richTextFromPlain } from '../../../shared/domain/rich-text';
import { renderApp, resetDom } from '../support/render-app';
import { catalogue, client, coachingStudio, idOf, traject } from '../support/fake-coaching';
import { failure } from '../support/fake-studio';
import { catchDownloads } from '../support/downloads';

const TRAJECT = idOf('tr', 1);
const PAGE = '<!doctype html><title>pakket</title>';

let clicked: HTMLAnchorElement[];
let blobs: Map<string, Blob>;

beforeEach(() => {
  ({ blobs, clicked } = catchDownloads());
});

afterEach(() => {
  resetDom();
  vi.restoreAllMocks();
  window.location.hash = '';
});

async function openTraject(language: 'nl' | 'en', status: 'active' | 'closed' = 'active', fails = false) {
  const requests: ParsedRequestOf<'packet.create'>[] = [];
  const studio = coachingStudio(
    {
      clients: [client(1, { name: 'Hannah Whitfield' })],
      trajects: [traject(1, 1, { title: 'Weer aan het werk', status })],
      dossiers: new Map([[TRAJECT, { rounds: [], notes: [] }]]),
      catalogue,
    },
    {
      'packet.create': (request) => {
        requests.push(request as ParsedRequestOf<'packet.create'>);
        if (fails) return failure('traject_closed');
        return {
          ok: true,
          value: { fileName: 'antwoordpakket-2026-03-04.html', base64: Buffer.from(PAGE).toString('base64') },
        };
      },
    },
  );
  window.location.hash = `#/trajects/${TRAJECT}`;
  renderApp({ language, studio: studio.studio });
  await screen.findByRole('heading', { level: 2, name: 'Weer aan het werk' });
  return requests;
}

describe('questions asked before', () => {
  it('marks questions the client answered in this traject or another of theirs, with the date, in the label', async () => {
    const answered = (questionId: string, receivedAt: string): RoundView => ({
      id: idOf('rd', questionId === 'haven-1' ? 1 : 2),
      number: 1,
      receivedAt,
      dueAt: receivedAt,
      source: 'typed',
      answers: [
        { id: idOf('an', questionId.length), questionId, content: richTextFromPlain('Tekst'), attachments: [] },
      ],
    });
    const studio = coachingStudio({
      clients: [client(1, { name: 'Hannah Whitfield' })],
      trajects: [traject(1, 1, { title: 'Weer aan het werk' }), traject(2, 1, { title: 'Eerder traject' })],
      dossiers: new Map([
        [TRAJECT, { rounds: [answered('haven-1', '2025-11-03T10:00:00.000Z')], notes: [] }],
        [idOf('tr', 2), { rounds: [answered('topjob-1', '2024-02-20T10:00:00.000Z')], notes: [] }],
      ]),
      catalogue,
    });
    window.location.hash = `#/trajects/${TRAJECT}`;
    renderApp({ language: 'en', studio: studio.studio });
    await screen.findByRole('heading', { level: 2, name: 'Weer aan het werk' });
    fireEvent.click(screen.getByRole('button', { name: 'Make an answer packet' }));
    const dialog = await screen.findByRole('dialog', { name: 'Make an answer packet' });
    expect(
      await within(dialog).findByRole('checkbox', { name: 'What is your safe harbour? asked 3 Nov 2025' }),
    ).toBeDefined();
    expect(within(dialog).getByRole('checkbox', { name: 'What is your top job? asked 20 Feb 2024' })).toBeDefined();
  });
});

describe('the answer packet in the traject view', () => {
  it('chooses questions by place, adds an own question and a note, and saves the HTML page', async () => {
    const requests = await openTraject('nl');
    const card = screen.getByRole('region', { name: 'Antwoordpakket' });
    fireEvent.click(within(card).getByRole('button', { name: 'Antwoordpakket maken' }));
    const dialog = await screen.findByRole('dialog', { name: 'Antwoordpakket maken' });

    // Nothing chosen yet: the coach is told, nothing is made.
    fireEvent.click(within(dialog).getByRole('button', { name: 'Pakket maken en opslaan' }));
    expect(within(dialog).getByRole('alert').textContent).toContain('Kies minstens één vraag');
    expect(requests).toHaveLength(0);

    const topjob = within(dialog).getByRole('group', { name: 'Topjob' });
    fireEvent.click(within(topjob).getByRole('checkbox', { name: 'Wat is jouw topjob?' }));
    const haven = within(dialog).getByRole('group', { name: 'Veilige haven' });
    fireEvent.click(within(haven).getByRole('checkbox', { name: 'Wat is jouw veilige haven?' }));
    fireEvent.change(within(dialog).getByLabelText('Eigen vraag'), { target: { value: '  Wat neem je mee?  ' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Vraag toevoegen' }));
    expect(within(dialog).getByText('Wat neem je mee?')).toBeDefined();
    expect(within(dialog).getByRole('status').textContent).toBe('3 vragen gekozen');
    fireEvent.change(within(dialog).getByLabelText(/Persoonlijk bericht/), {
      target: { value: 'Fijn dat je meedoet.' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Pakket maken en opslaan' }));

    await waitFor(() => expect(clicked).toHaveLength(1));
    expect(requests).toEqual([
      {
        trajectId: TRAJECT,
        // Catalogue order, whatever order they were ticked in; own questions after them.
        questions: [{ questionId: 'haven-1' }, { questionId: 'topjob-1' }, { text: 'Wat neem je mee?' }],
        note: 'Fijn dat je meedoet.',
        language: 'nl',
      },
    ]);
    expect(clicked[0]!.download).toBe('antwoordpakket-2026-03-04.html');
    expect(await blobs.get(clicked[0]!.getAttribute('href')!)!.text()).toBe(PAGE);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(within(card).getByRole('status').textContent).toContain('antwoordpakket-2026-03-04.html');
    expect(within(card).getByText(/Stuur het bestand als bijlage/)).toBeDefined();
  });

  it('speaks English, shows the questions in the packet’s language, and says why a packet failed', async () => {
    const requests = await openTraject('en', 'active', true);
    fireEvent.click(screen.getByRole('button', { name: 'Make an answer packet' }));
    const dialog = await screen.findByRole('dialog', { name: 'Make an answer packet' });
    fireEvent.click(within(dialog).getByRole('radio', { name: 'Nederlands' }));
    fireEvent.click(within(dialog).getByRole('checkbox', { name: 'Wie hoort daarbij?' }));
    // A question typed but not added still goes with the packet.
    fireEvent.change(within(dialog).getByLabelText('Question of your own'), { target: { value: 'Wat viel je op?' } });
    expect(within(dialog).getByRole('status').textContent).toBe('2 questions chosen');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Make and save the packet' }));
    await waitFor(() => expect(requests).toHaveLength(1));
    expect(requests[0]).toEqual({
      trajectId: TRAJECT,
      questions: [{ questionId: 'haven-2' }, { text: 'Wat viel je op?' }],
      language: 'nl',
    });
    expect(await within(dialog).findByRole('alert')).toBeDefined();
    expect(clicked).toHaveLength(0);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('offers no packet for a closed traject', async () => {
    await openTraject('nl', 'closed');
    expect(screen.queryByRole('button', { name: 'Antwoordpakket maken' })).toBeNull();
  });
});
