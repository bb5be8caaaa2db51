// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { SearchResults } from '../../../shared/domain/search';
import { searchFor } from '../../../renderer/src/app/search-query';
import { highlighted } from '../../../renderer/src/screens/search/highlight';
import { renderApp, resetDom } from '../support/render-app';
import { client, coachingStudio, idOf } from '../support/fake-coaching';

afterEach(() => {
  resetDom();
  window.location.hash = '';
  delete (window as { hacked?: boolean }).hacked;
});

function marked(text: string, ranges: [number, number][]) {
  const { container } = render(<p>{highlighted(text, ranges)}</p>);
  return container.querySelector('p')!;
}

describe('highlighted', () => {
  it('marks exactly the ranges, in order, and keeps the rest as text', () => {
    const text = 'een schoenendoos vol paarse paarden';
    const paragraph = marked(text, [
      [21, 27],
      [4, 16],
    ]);
    expect([...paragraph.querySelectorAll('mark')].map((mark) => mark.textContent)).toEqual(['schoenendoos', 'paarse']);
    expect(paragraph.textContent).toBe(text);
  });

  it('merges overlapping ranges and ignores empty or outside ones', () => {
    const paragraph = marked('Daniëlle van Dijk', [
      [0, 5],
      [3, 8],
      [8, 8],
      [40, 50],
      [-3, 0],
    ]);
    expect([...paragraph.querySelectorAll('mark')].map((mark) => mark.textContent)).toEqual(['Daniëlle']);
    expect(paragraph.textContent).toBe('Daniëlle van Dijk');
  });

  it('shows markup in a snippet as text: nothing is ever parsed as HTML', () => {
    const text = 'zie <img src=x onerror="window.hacked = true"> en <b>vet</b>';
    const paragraph = marked(text, [[4, 8]]);
    expect(paragraph.querySelector('img')).toBeNull();
    expect(paragraph.querySelector('b')).toBeNull();
    expect(paragraph.querySelector('mark')?.textContent).toBe('<img');
    expect(paragraph.textContent).toBe(text);
    expect((window as { hacked?: boolean }).hacked).toBeUndefined();
  });
});

/** The [start, end) of `word` in `text`, as the studio sends highlight ranges. */
const at = (text: string, word: string): [number, number] => [text.indexOf(word), text.indexOf(word) + word.length];
const ANSWER = '… in een schoenendoos vol paarse paarden …';
const REPLY = 'Wat mooi, die paarse paarden';

const CLIENT = idOf('cl', 1);
const TRAJECT = idOf('tr', 1);
const ROUND = idOf('rd', 1);

const results: SearchResults = {
  total: 5,
  groups: [
    {
      clientId: CLIENT,
      clientName: 'Daniëlle van Dijk-Ramdin',
      hits: [{ kind: 'client', snippet: { text: 'Daniëlle van Dijk-Ramdin', highlights: [[0, 8]] } }],
      trajects: [
        {
          trajectId: TRAJECT,
          title: 'Weer aan het werk',
          hits: [
            {
              kind: 'answer',
              roundId: ROUND,
              roundNumber: 3,
              snippet: { text: ANSWER, highlights: [at(ANSWER, 'paarse')] },
            },
            {
              kind: 'reply',
              roundId: ROUND,
              roundNumber: 3,
              block: 'p_open',
              snippet: { text: REPLY, highlights: [at(REPLY, 'paarse')] },
            },
            {
              kind: 'note',
              snippet: { text: 'paarse periode <img src=x onerror="window.hacked = true">', highlights: [[0, 6]] },
            },
            { kind: 'traject', snippet: { text: 'Weer aan het werk', highlights: [] } },
          ],
        },
      ],
    },
  ],
};

async function search(query: string, language: 'nl' | 'en' = 'nl', answer: SearchResults = results) {
  const studio = coachingStudio({ clients: [client(1)], search: () => answer });
  searchFor(query);
  renderApp({ language, studio: studio.studio });
  return studio;
}

describe('the search screen', () => {
  it('groups hits by client and traject, names their kind, marks the words and links each to its place', async () => {
    const studio = await search('paarse');
    expect(await screen.findByRole('heading', { level: 2, name: 'Zoekresultaten voor “paarse”' })).toBeDefined();
    expect(await screen.findByText('5 resultaten')).toBeDefined();
    expect(studio.calls.find((call) => call.method === 'search.query')?.request).toEqual({ query: 'paarse' });
    expect(screen.getByRole('heading', { level: 3, name: 'Daniëlle van Dijk-Ramdin' })).toBeDefined();
    expect(screen.getByRole('heading', { level: 4, name: 'Weer aan het werk' })).toBeDefined();

    const hits = [...document.querySelectorAll<HTMLAnchorElement>('.search-hit__link')];
    expect(hits.map((hit) => hit.querySelector('.search-hit__kind')?.textContent)).toEqual([
      'Cliënt',
      'Ronde 3 · Antwoord',
      'Ronde 3 · Reactie · Positief benoemen',
      'Notitie',
      'Traject',
    ]);
    expect(hits.map((hit) => hit.getAttribute('href'))).toEqual([
      `#/clients/${CLIENT}`,
      `#/trajects/${TRAJECT}/rounds/${ROUND}`,
      `#/trajects/${TRAJECT}/rounds/${ROUND}`,
      `#/trajects/${TRAJECT}`,
      `#/trajects/${TRAJECT}`,
    ]);
    expect([...hits[1]!.querySelectorAll('mark')].map((mark) => mark.textContent)).toEqual(['paarse']);
    // Every link says where it leads, so none sounds like another.
    expect(hits.map((hit) => hit.textContent?.split(' – ').at(-1))).toEqual([
      'Daniëlle van Dijk-Ramdin openen',
      'Ronde 3 · Weer aan het werk openen',
      'Ronde 3 · Weer aan het werk openen',
      'Traject Weer aan het werk openen',
      'Traject Weer aan het werk openen',
    ]);
    expect(new Set(hits.map((hit) => hit.textContent)).size).toBe(hits.length);
    // A hostile snippet stays text.
    expect(hits[3]!.querySelector('img')).toBeNull();
    expect(hits[3]!.textContent).toContain('<img src=x onerror=');
    expect((window as { hacked?: boolean }).hacked).toBeUndefined();
  });

  it('keeps the query out of the address and out of the history entry, both of which Chromium saves', async () => {
    await search('paarse paarden');
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Zoekresultaten voor “paarse paarden”' }),
    ).toBeDefined();
    expect(window.location.hash).toBe('#/search');
    expect(window.location.href).not.toMatch(/paarse/i);
    expect(JSON.stringify(window.history.state) ?? '').not.toMatch(/paarse/i);
  });

  it('speaks English too', async () => {
    await search('paarse', 'en');
    expect(await screen.findByRole('heading', { level: 2, name: 'Search results for “paarse”' })).toBeDefined();
    await screen.findByText('5 results');
    const kinds = [...document.querySelectorAll('.search-hit__kind')].map((kind) => kind.textContent);
    expect(kinds).toEqual(['Client', 'Round 3 · Answer', 'Round 3 · Reply · Name the positive', 'Note', 'Traject']);
    const leads = [...document.querySelectorAll('.search-hit__link')].map((hit) =>
      hit.textContent?.split(' – ').at(-1),
    );
    expect(leads[1]).toBe('Open round 3 · Weer aan het werk');
    expect(leads[3]).toBe('Open traject Weer aan het werk');
  });

  it('says so when nothing is found', async () => {
    await search('eenhoorn', 'nl', { groups: [], total: 0 });
    expect(await screen.findByText('Niets gevonden')).toBeDefined();
    expect(screen.getByText('Er is niets gevonden voor “eenhoorn”. Probeer een ander of korter woord.')).toBeDefined();
  });

  it('explains itself without a query, and asks the studio nothing', async () => {
    const studio = await search('');
    expect(await screen.findByRole('heading', { level: 2, name: 'Zoeken' })).toBeDefined();
    expect(await screen.findByText('Waar zoekt u naar?')).toBeDefined();
    expect(studio.methods()).not.toContain('search.query');
  });
});
