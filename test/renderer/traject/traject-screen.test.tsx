// @vitest-environment jsdom
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { RoundView } from '../../../shared/domain/dossier';
import { richTextFromPlain } from '../../../shared/domain/rich-text';
import { toLocalInput } from '../../../renderer/src/screens/traject/received-at';
import { plainTextOfHtml } from '../../../renderer/src/screens/traject/plain-paste';
import { renderApp, resetDom } from '../support/render-app';
import { client, coachingStudio, HOUR, idOf, traject } from '../support/fake-coaching';

afterEach(() => {
  resetDom();
  window.location.hash = '';
});

const TRAJECT = idOf('tr', 1);

function round(number: number, fields: Partial<RoundView> = {}): RoundView {
  const received = Date.now() - (200 - number) * 24 * HOUR;
  return {
    id: idOf('rd', number),
    number,
    receivedAt: new Date(received).toISOString(),
    dueAt: new Date(received + 48 * HOUR).toISOString(),
    source: 'typed',
    answers: [{ id: idOf('an', number), questionId: 'haven-1', content: richTextFromPlain('Tekst'), attachments: [] }],
    reply: { blocks: {} as never, sentAt: new Date(received + 20 * HOUR).toISOString() },
    ...fields,
  };
}

async function openTraject(rounds: RoundView[], language: 'nl' | 'en' = 'nl') {
  const studio = coachingStudio({
    clients: [client(1, { name: 'Daniëlle van Dijk-Ramdin' })],
    trajects: [traject(1, 1, { title: 'Weer aan het werk', goal: 'Bewust kiezen hoe ik weer wil werken.' })],
    dossiers: new Map([[TRAJECT, { rounds, notes: [] }]]),
  });
  window.location.hash = `#/trajects/${TRAJECT}`;
  renderApp({ language, studio: studio.studio });
  await screen.findByRole('heading', { level: 2, name: 'Weer aan het werk' });
  return studio;
}

const type = (label: string | HTMLElement, value: string) =>
  fireEvent.change(typeof label === 'string' ? screen.getByLabelText(label) : label, { target: { value } });
const timeline = () => screen.getByRole('region', { name: /^(Rondes|Rounds)$/ });

describe('the traject screen', () => {
  it('shows goal, status and client, and a timeline that reads like the dossier', async () => {
    const due = Date.now() + 5 * HOUR + 30_000;
    await openTraject([
      round(1),
      round(2, {
        reply: undefined,
        receivedAt: new Date(due - 48 * HOUR).toISOString(),
        dueAt: new Date(due).toISOString(),
        answers: [
          { id: idOf('an', 20), questionId: 'haven-1', content: richTextFromPlain('a'), attachments: [] },
          { id: idOf('an', 21), title: 'Een eigen vraag', content: richTextFromPlain('b'), attachments: [] },
        ],
      }),
    ]);
    expect(screen.getByText('Bewust kiezen hoe ik weer wil werken.')).toBeDefined();
    expect(screen.getByText('Actief')).toBeDefined();
    const clientLinks = screen.getAllByRole('link', { name: 'Daniëlle van Dijk-Ramdin' });
    expect(new Set(clientLinks.map((link) => link.getAttribute('href')))).toEqual(
      new Set([`#/clients/${idOf('cl', 1)}`]),
    );
    const [first, second] = within(timeline())
      .getAllByRole('listitem')
      .filter((item) => item.dataset.roundId);
    expect(within(first!).getByText('Ronde 1')).toBeDefined();
    expect(within(first!).getAllByText('Beantwoord').length).toBeGreaterThan(0);
    expect(within(second!).getByText('Bijna')).toBeDefined();
    expect(within(second!).getByText(/nog 5 uur/)).toBeDefined();
    expect(within(second!).getByText('2 antwoorden')).toBeDefined();
    expect(within(second!).getByText('Wat is jouw veilige haven?')).toBeDefined();
    expect(within(second!).getByText('Een eigen vraag')).toBeDefined();
    expect(within(second!).getByRole('link', { name: 'Ronde 2 openen' }).getAttribute('href')).toBe(
      `#/trajects/${TRAJECT}/rounds/${idOf('rd', 2)}`,
    );
  });

  it('keeps 200 rounds calm: the latest twenty, the rest one click away', async () => {
    await openTraject(Array.from({ length: 200 }, (_, index) => round(index + 1)));
    // Counted straight from the DOM: role queries over 200 rounds are slow under jsdom.
    const rounds = () => [...timeline().querySelectorAll('h4')];
    expect(rounds()).toHaveLength(20);
    expect(rounds()[0]?.textContent).toBe('Ronde 181');
    fireEvent.click(screen.getByRole('button', { name: 'Toon 180 eerdere rondes' }));
    expect(rounds()).toHaveLength(200);
    // The button is gone; the focus went on to where the earlier rounds begin.
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Ronde 1 openen');
  });

  it('edits title and goal in place', async () => {
    const studio = await openTraject([]);
    fireEvent.click(screen.getByRole('button', { name: 'Titel, doel en begindatum bewerken' }));
    type('Titel', 'Weer werken, anders');
    await act(async () => void fireEvent.click(screen.getByRole('button', { name: 'Bewaren' })));
    expect(await screen.findByRole('heading', { level: 2, name: 'Weer werken, anders' })).toBeDefined();
    // The start date was left as it was: it is not sent (moving it to midnight of the same day).
    expect(studio.calls.find((call) => call.method === 'traject.update')?.request).toEqual({
      id: TRAJECT,
      fields: { title: 'Weer werken, anders', goal: 'Bewust kiezen hoe ik weer wil werken.' },
    });
  });

  it('sets the day the traject began, and refuses a day in the future until it is corrected', async () => {
    const studio = await openTraject([]);
    fireEvent.click(screen.getByRole('button', { name: 'Titel, doel en begindatum bewerken' }));
    type('Begonnen op', '2099-01-01');
    await act(async () => void fireEvent.click(screen.getByRole('button', { name: 'Bewaren' })));
    expect(screen.getByText('Een traject kan niet in de toekomst begonnen zijn.')).toBeDefined();
    type('Begonnen op', '2024-03-01');
    expect(screen.queryByText('Een traject kan niet in de toekomst begonnen zijn.')).toBeNull();
    await act(async () => void fireEvent.click(screen.getByRole('button', { name: 'Bewaren' })));
    const update = studio.calls.find((call) => call.method === 'traject.update')?.request as {
      fields: { startedAt?: string };
    };
    expect(new Date(update.fields.startedAt!).toDateString()).toBe(new Date(2024, 2, 1).toDateString());
  });
});

describe('closing a traject', () => {
  it('lists the rounds without a finished reply before it closes', async () => {
    await openTraject([
      round(1),
      round(2, { reply: undefined, draft: { blocks: {} as never, updatedAt: new Date().toISOString() } }),
      round(3, { reply: undefined }),
      round(4, { reply: undefined, answeredOutside: { at: new Date().toISOString() } }),
    ]);
    fireEvent.click(screen.getByRole('button', { name: 'Traject afsluiten…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Traject afsluiten' });
    expect(within(dialog).getByText(/^2 rondes hebben nog geen afgeronde reactie/)).toBeDefined();
    expect(
      within(dialog)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Ronde 2: een concept dat niet is afgerond', 'Ronde 3: nog geen reactie']);
    expect(within(dialog).getByRole('button', { name: 'Toch afsluiten en archiveren' })).toBeDefined();
  });

  it('asks plainly when every round has its reply', async () => {
    await openTraject([round(1), round(2)]);
    fireEvent.click(screen.getByRole('button', { name: 'Traject afsluiten…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Traject afsluiten' });
    expect(within(dialog).queryByRole('list')).toBeNull();
    expect(within(dialog).getByRole('button', { name: 'Afsluiten en archiveren' })).toBeDefined();
  });
});

describe('adding a round', () => {
  async function openForm() {
    const studio = await openTraject([round(1)]);
    fireEvent.click(screen.getByRole('button', { name: 'Ronde toevoegen' }));
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 4, name: 'Nieuwe ronde' }));
    return studio;
  }
  const answer = (number: number) => screen.getByRole('group', { name: `Antwoord ${number}` });
  const picker = (number: number) => within(answer(number)).getByRole('radiogroup', { name: 'Vraag' });
  const pick = (number: number, value: string) =>
    fireEvent.click(picker(number).querySelector<HTMLInputElement>(`input[type="radio"][value="${value}"]`)!);

  it('asks for a question and a text, with the focus on the first problem', async () => {
    const studio = await openForm();
    fireEvent.click(screen.getByRole('button', { name: 'Ronde toevoegen' }));
    const question = within(picker(1)).getAllByRole('radio')[0]!;
    await waitFor(() => expect(document.activeElement).toBe(question));
    expect(question.getAttribute('aria-invalid')).toBe('true');
    expect(picker(1).getAttribute('aria-describedby')).toBeTruthy();
    expect(within(answer(1)).getByText('Kies een vraag, of kies “eigen titel” en vul een titel in.')).toBeDefined();
    expect(within(answer(1)).getByText('Typ of plak de tekst van het antwoord.')).toBeDefined();
    expect(studio.methods()).not.toContain('round.add');
  });

  it('sends answers under catalogue questions or own titles, as plain paragraphs, received when the coach says', async () => {
    const studio = await openForm();
    // Grouped by place, every question whole; the one answered in round 1 says so, in its own label.
    const place = within(picker(1)).getByRole('group', { name: 'Veilige haven' });
    const date = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'medium' }).format(new Date(round(1).receivedAt));
    expect(
      await within(place).findByRole('radio', { name: `Wat is jouw veilige haven? al gesteld op ${date}` }),
    ).toBeDefined();
    expect(within(picker(1)).getByRole('radio', { name: 'Wat is jouw topjob?' })).toBeDefined();
    pick(1, 'haven-1');
    type(within(answer(1)).getByLabelText('Tekst van het antwoord'), 'Eerste alinea.\n\n<b>Geen</b> opmaak.');

    fireEvent.click(screen.getByRole('button', { name: 'Nog een antwoord' }));
    await waitFor(() => expect(document.activeElement).toBe(within(picker(2)).getAllByRole('radio')[0]));
    pick(2, '_own');
    type(within(answer(2)).getByLabelText('Titel van het antwoord'), 'Over mijn moeder');
    type(within(answer(2)).getByLabelText('Tekst van het antwoord'), 'Zij bewaarde alles.');
    type('Ontvangen op', '2026-01-09T22:41');

    await act(async () => void fireEvent.click(screen.getByRole('button', { name: 'Ronde toevoegen' })));
    expect(studio.calls.find((call) => call.method === 'round.add')?.request).toEqual({
      trajectId: TRAJECT,
      receivedAt: new Date('2026-01-09T22:41').toISOString(),
      source: 'typed',
      answers: [
        { question: 'haven-1', content: richTextFromPlain('Eerste alinea.\n<b>Geen</b> opmaak.') },
        { title: 'Over mijn moeder', content: richTextFromPlain('Zij bewaarde alles.') },
      ],
    });
    expect(await screen.findByText('Ronde 2 is toegevoegd.')).toBeDefined();
    expect(within(timeline()).getByRole('heading', { level: 4, name: 'Ronde 2' })).toBeDefined();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Ronde toevoegen' }));
  });

  it('refuses a moment in the future', async () => {
    await openForm();
    type('Ontvangen op', toLocalInput(Date.now() + 2 * 24 * HOUR));
    fireEvent.click(screen.getByRole('button', { name: 'Ronde toevoegen' }));
    expect(await screen.findByText('Dit moment ligt in de toekomst.')).toBeDefined();
  });

  it('takes only the text of a clipboard that holds nothing but HTML, and records the round as pasted', async () => {
    const studio = await openForm();
    pick(1, 'topjob-1');
    const text = within(answer(1)).getByLabelText('Tekst van het antwoord') as HTMLTextAreaElement;
    const html = '<p>Hallo <b>daar</b></p><img src="x" onerror="window.hacked = true"><p>Tweede</p>';
    fireEvent.paste(text, { clipboardData: { getData: (kind: string) => (kind === 'text/html' ? html : '') } });
    expect(text.value).toBe('Hallo daar\nTweede');
    expect((window as { hacked?: boolean }).hacked).toBeUndefined();
    await act(async () => void fireEvent.click(screen.getByRole('button', { name: 'Ronde toevoegen' })));
    expect(studio.calls.find((call) => call.method === 'round.add')?.request).toMatchObject({
      source: 'pasted',
      answers: [{ question: 'topjob-1', content: richTextFromPlain('Hallo daar\nTweede') }],
    });
  });
});

describe('plainTextOfHtml', () => {
  it('keeps the words and the blocks, and nothing else', () => {
    expect(
      plainTextOfHtml(
        '<h2>Vraag</h2><p>Een <i>mooi</i><br>antwoord</p><script>alert(1)</script><ul><li>a</li><li>b</li></ul>',
      ),
    ).toBe('Vraag\nEen mooi\nantwoord\na\nb');
  });
});

describe('private notes', () => {
  it('are marked private, need text, and are added newest first', async () => {
    const studio = await openTraject([]);
    const notes = screen.getByRole('region', { name: 'Privénotities' });
    expect(within(notes).getByText('Alleen voor uzelf: deze notities zijn niet voor de cliënt bedoeld.')).toBeDefined();
    fireEvent.click(within(notes).getByRole('button', { name: 'Notitie toevoegen' }));
    expect(within(notes).getByText('Typ eerst een notitie.')).toBeDefined();

    type('Nieuwe notitie', 'Eerste gedachte.');
    await act(async () => void fireEvent.click(within(notes).getByRole('button', { name: 'Notitie toevoegen' })));
    type('Nieuwe notitie', 'Tweede gedachte,\nover twee regels.');
    await act(async () => void fireEvent.click(within(notes).getByRole('button', { name: 'Notitie toevoegen' })));

    expect(within(notes).getByText('De notitie is toegevoegd.')).toBeDefined();
    expect((screen.getByLabelText('Nieuwe notitie') as HTMLTextAreaElement).value).toBe('');
    const items = within(notes).getAllByRole('listitem');
    expect(items.map((item) => item.querySelector('.plain-paragraphs')?.textContent)).toEqual([
      'Tweede gedachte,over twee regels.',
      'Eerste gedachte.',
    ]);
    expect(studio.calls.filter((call) => call.method === 'traject.addNote').at(-1)?.request).toEqual({
      trajectId: TRAJECT,
      content: richTextFromPlain('Tweede gedachte,\nover twee regels.'),
    });
  });
});
