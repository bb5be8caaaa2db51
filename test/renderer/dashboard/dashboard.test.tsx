// @vitest-environment jsdom
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderApp, resetDom } from '../support/render-app';
import { awaitingRound, client, coachingStudio, HOUR, idOf, traject } from '../support/fake-coaching';

const NOW = Date.parse('2026-03-10T12:00:00.000Z');

/** Four waiting rounds in three active trajects, and one in a closed traject that must not show. */
function world() {
  return {
    clients: [
      client(1, { name: 'Daniëlle van Dijk-Ramdin', email: 'danielle.vandijk@example.com' }),
      client(2, { name: 'Joost Brinkhuis', email: 'joost@example.org' }),
      client(3, { name: 'Hannah Whitfield', email: 'hannah@example.net' }),
    ],
    trajects: [
      traject(1, 1, { title: 'Weer aan het werk', awaiting: [awaitingRound(2, NOW, 5)], rounds: 2 }),
      traject(2, 1, { title: 'Tekenen', awaiting: [awaitingRound(4, NOW, -72)], rounds: 4 }),
      traject(3, 2, { title: 'Logistiek', awaiting: [awaitingRound(1, NOW, -2)], rounds: 1 }),
      traject(4, 3, { title: 'Amsterdam', awaiting: [awaitingRound(3, NOW, 72)], rounds: 3 }),
      traject(5, 2, { title: 'Oud traject', status: 'closed', awaiting: [awaitingRound(9, NOW, -500)], rounds: 6 }),
    ],
  };
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'] });
  vi.setSystemTime(NOW);
});
afterEach(() => {
  resetDom();
  window.location.hash = '';
  vi.useRealTimers();
});

async function openDashboard(language: 'nl' | 'en' = 'nl', studio = coachingStudio(world())) {
  renderApp({ language, studio: studio.studio });
  const title = language === 'nl' ? 'Wachten op reactie' : 'Awaiting your reply';
  const section = await screen.findByRole('region', { name: title });
  return { studio, section, rows: () => within(section).getAllByRole('listitem') };
}

describe('awaiting reply', () => {
  it('lists every waiting round of an active traject, the oldest overdue first', async () => {
    const { rows } = await openDashboard();
    expect(rows().map((row) => row.getAttribute('data-round-id'))).toEqual([
      idOf('rd', 4),
      idOf('rd', 1),
      idOf('rd', 2),
      idOf('rd', 3),
    ]);
    expect(rows()[0]?.textContent).toContain('Daniëlle van Dijk-Ramdin');
    expect(rows()[0]?.querySelector('.awaiting-row__traject')?.textContent).toBe('Ronde 4 · Tekenen');
    expect(screen.queryByText('Oud traject')).toBeNull();
  });

  it('says the time left in Dutch words, with a state that reads without colour', async () => {
    const { rows } = await openDashboard('nl');
    const time = rows().map((row) => row.querySelector('.awaiting-row__time')?.textContent);
    expect(time).toEqual(['3 dagen te laat', '2 uur te laat', 'nog 5 uur', 'nog 3 dagen']);
    const states = rows().map((row) => row.querySelector('[data-clock-state]'));
    expect(states.map((state) => state?.textContent)).toEqual(['Te laat', 'Te laat', 'Bijna', 'Op tijd']);
    // Each state has its own icon beside the word, not just a colour.
    const icons = states.map((state) => state?.querySelector('svg')?.innerHTML);
    expect(icons[0]).toBe(icons[1]);
    expect(new Set(icons).size).toBe(3);
  });

  it('says it in English too, with English plurals', async () => {
    const { rows } = await openDashboard('en');
    const time = rows().map((row) => row.querySelector('.awaiting-row__time')?.textContent);
    expect(time).toEqual(['3 days overdue', '2 hours overdue', '5 hours left', '3 days left']);
    expect(rows().map((row) => row.querySelector('[data-clock-state]')?.textContent)).toEqual([
      'Overdue',
      'Overdue',
      'Due soon',
      'On time',
    ]);
  });

  it('moves with the clock, once a minute, without reading anything again', async () => {
    const { rows, studio } = await openDashboard('en');
    const reads = studio.methods().filter((method) => method === 'traject.list').length;
    void act(() => vi.advanceTimersByTime(4 * HOUR));
    expect(rows()[2]?.querySelector('.awaiting-row__time')?.textContent).toBe('1 hour left');
    void act(() => vi.advanceTimersByTime(45 * 60_000));
    expect(rows()[2]?.querySelector('.awaiting-row__time')?.textContent).toBe('15 minutes left');
    void act(() => vi.advanceTimersByTime(16 * 60_000));
    expect(rows()[2]?.querySelector('.awaiting-row__time')?.textContent).toBe('1 minute overdue');
    expect(rows()[2]?.querySelector('[data-clock-state]')?.textContent).toBe('Overdue');
    expect(studio.methods().filter((method) => method === 'traject.list')).toHaveLength(reads);
  });

  it('names the round of each row, so two rounds of one traject have links of their own', async () => {
    const twoRounds = coachingStudio({
      clients: [client(1, { name: 'Daniëlle van Dijk-Ramdin' })],
      trajects: [
        traject(1, 1, {
          title: 'Het Wadpad',
          awaiting: [awaitingRound(3, NOW, -2), awaitingRound(4, NOW, 20)],
          rounds: 4,
        }),
        // An index from before rounds were numbered in it, until the unlock settles it: the traject alone.
        traject(2, 1, { title: 'Tekenen', awaiting: [{ ...awaitingRound(5, NOW, 30), number: undefined }], rounds: 1 }),
      ],
    });
    for (const [language, names] of [
      [
        'nl',
        [
          'Reactie schrijven aan Daniëlle van Dijk-Ramdin, Ronde 3 · Het Wadpad',
          'Reactie schrijven aan Daniëlle van Dijk-Ramdin, Ronde 4 · Het Wadpad',
          'Reactie schrijven aan Daniëlle van Dijk-Ramdin, Tekenen',
        ],
      ],
      [
        'en',
        [
          'Write reply to Daniëlle van Dijk-Ramdin, Round 3 · Het Wadpad',
          'Write reply to Daniëlle van Dijk-Ramdin, Round 4 · Het Wadpad',
          'Write reply to Daniëlle van Dijk-Ramdin, Tekenen',
        ],
      ],
    ] as const) {
      const { rows } = await openDashboard(language, twoRounds);
      expect(rows().map((row) => within(row).getByRole('link').getAttribute('aria-label'))).toEqual(names);
      expect(rows().map((row) => row.querySelector('.awaiting-row__traject')?.textContent)).toEqual(
        names.map((name) => name.split(', ')[1]),
      );
      resetDom();
    }
  });

  it('opens the split view of a round from its row', async () => {
    const { rows } = await openDashboard();
    const open = within(rows()[0]!).getByRole('link', {
      name: 'Reactie schrijven aan Daniëlle van Dijk-Ramdin, Ronde 4 · Tekenen',
    });
    expect(open.getAttribute('href')).toBe(`#/trajects/${idOf('tr', 2)}/rounds/${idOf('rd', 4)}`);
  });

  it('shows the first 25, and all on request, with the focus on the first one revealed', async () => {
    const many = Array.from({ length: 30 }, (_, index) =>
      traject(index + 1, 1, { awaiting: [awaitingRound(index + 1, NOW, index)] }),
    );
    const { rows } = await openDashboard('nl', coachingStudio({ clients: [client(1)], trajects: many }));
    expect(rows()).toHaveLength(25);
    act(() => void fireEvent.click(screen.getByRole('button', { name: 'Alle 30 tonen' })));
    expect(rows()).toHaveLength(30);
    expect(document.activeElement).toBe(within(rows()[25]!).getByRole('link'));
  });

  it('is calm when nobody is waiting', async () => {
    const { section } = await openDashboard('nl', coachingStudio({ clients: [client(1)], trajects: [traject(1, 1)] }));
    expect(within(section).getByText('Alles is beantwoord')).toBeDefined();
    expect(within(section).queryByRole('list')).toBeNull();
  });

  it('counts what waits and what is late', async () => {
    await openDashboard();
    const counts = screen.getByRole('region', { name: 'In uw kluis' });
    const count = (name: string) => counts.querySelector(`[data-count="${name}"]`)?.textContent;
    expect([count('awaiting'), count('overdue'), count('active-trajects'), count('clients')]).toEqual([
      '4',
      '2',
      '4',
      '3',
    ]);
  });
});

describe('clients and trajects', () => {
  const directory = () => screen.getByRole('region', { name: 'Cliënten en trajecten' });
  const names = () =>
    within(directory())
      .queryAllByRole('link')
      .filter((link) => link.className.includes('directory-row__name'))
      .map((link) => link.textContent);
  const filter = (value: string) =>
    act(() => void fireEvent.change(screen.getByLabelText('Filter op naam of e-mail'), { target: { value } }));

  it('lists the clients alphabetically, each with their active trajects', async () => {
    await openDashboard();
    expect(names()).toEqual(['Daniëlle van Dijk-Ramdin', 'Hannah Whitfield', 'Joost Brinkhuis']);
    const joost = within(directory()).getByRole('list', { name: 'Trajecten van Joost Brinkhuis' });
    expect(
      within(joost)
        .getAllByRole('link')
        .map((link) => link.getAttribute('href')),
    ).toEqual([`#/trajects/${idOf('tr', 3)}`]);
  });

  it('filters on name and e-mail, without minding accents or capitals', async () => {
    await openDashboard();
    await filter('danielle');
    await waitFor(() => expect(names()).toEqual(['Daniëlle van Dijk-Ramdin']));
    await filter('VAN DIJK');
    await waitFor(() => expect(names()).toEqual(['Daniëlle van Dijk-Ramdin']));
    await filter('example.net');
    await waitFor(() => expect(names()).toEqual(['Hannah Whitfield']));
    await filter('brinkhuis joost');
    await waitFor(() => expect(names()).toEqual(['Joost Brinkhuis']));
    await filter('niemand');
    await waitFor(() => expect(names()).toEqual([]));
    expect(
      within(directory()).getByText('Geen cliënt gevonden met “niemand” in de naam of het e-mailadres.'),
    ).toBeDefined();
    expect(within(directory()).getByRole('status').textContent).toBe('0 cliënten');
  });

  it('keeps closed trajects out of the way until asked', async () => {
    await openDashboard();
    expect(within(directory()).queryByText('Oud traject')).toBeNull();
    act(() => void fireEvent.click(screen.getByRole('checkbox', { name: 'Toon afgesloten trajecten' })));
    expect(within(directory()).getByText('Oud traject').closest('a')?.textContent).toContain('Afgesloten');
  });

  it('draws a long list in pages, while the filter searches everyone', async () => {
    const many = Array.from({ length: 500 }, (_, index) =>
      client(index + 1, { name: `Cliënt ${String(index + 1).padStart(3, '0')}` }),
    );
    await openDashboard('nl', coachingStudio({ clients: many, trajects: [] }));
    expect(names()).toHaveLength(50);
    act(() => void fireEvent.click(screen.getByRole('button', { name: 'Toon meer (450 over)' })));
    expect(names()).toHaveLength(100);
    await filter('cliënt 499');
    await waitFor(() => expect(names()).toEqual(['Cliënt 499']));
  });
});
