// @vitest-environment jsdom
import { act, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ApiResult } from '../../../shared/api/errors';
import type { SearchResults } from '../../../shared/domain/search';
import { SEARCH_AS_TYPED_DELAY_MS } from '../../../renderer/src/app/nav/HeaderSearch';
import { forgetSearchQuery } from '../../../renderer/src/app/search-query';
import { renderApp, resetDom } from '../support/render-app';
import { client, coachingStudio, idOf } from '../support/fake-coaching';

afterEach(() => {
  vi.useRealTimers();
  forgetSearchQuery();
  resetDom();
  window.location.hash = '';
});

/** One client found under `name`. */
const found = (name: string, index: number): SearchResults => ({
  total: 1,
  groups: [
    {
      clientId: idOf('cl', index),
      clientName: name,
      hits: [{ kind: 'client', snippet: { text: name, highlights: [] } }],
      trajects: [],
    },
  ],
});

/** A studio whose searches answer only when the test says so, in the order the test picks. */
async function openStudio() {
  const pending = new Map<string, (answer: ApiResult<SearchResults>) => void>();
  const studio = coachingStudio(
    { clients: [client(1)] },
    {
      'search.query': (request) => new Promise((resolve) => pending.set((request as { query: string }).query, resolve)),
    },
  );
  renderApp({ language: 'nl', studio: studio.studio });
  await screen.findByRole('heading', { level: 2, name: 'Overzicht' });
  const field = within(screen.getByRole('banner')).getByRole('searchbox', { name: 'Zoeken in alle dossiers' });
  field.focus();
  // Only the debounce is faked: React and the fake studio keep their own scheduling.
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  const searched = () =>
    studio.calls
      .filter((call) => call.method === 'search.query')
      .map((call) => (call.request as { query: string }).query);
  const answer = async (query: string, results: SearchResults) => {
    await act(async () => pending.get(query)!({ ok: true, value: results }));
  };
  const type = async (text: string, wait: number) => {
    fireEvent.change(field, { target: { value: text } });
    await act(async () => {
      vi.advanceTimersByTime(wait);
      // The navigation's hashchange, which jsdom sends on its own schedule.
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
  };
  return { field, searched, answer, type };
}

describe('searching as the coach types', () => {
  it('asks once the typing pauses, and keeps the focus in the field', async () => {
    const { field, searched, type } = await openStudio();
    await type('lo', SEARCH_AS_TYPED_DELAY_MS - 50);
    await type('lodz', SEARCH_AS_TYPED_DELAY_MS - 1);
    expect(searched()).toEqual([]);
    expect(window.location.hash).toBe('');

    await type('lodz', 1);
    expect(window.location.hash).toBe('#/search');
    expect(searched()).toEqual(['lodz']);
    expect(document.activeElement).toBe(field);
    expect((field as HTMLInputElement).value).toBe('lodz');
  });

  it('never lets an older answer overwrite a newer one', async () => {
    const { field, searched, answer, type } = await openStudio();
    await type('lodz', SEARCH_AS_TYPED_DELAY_MS);
    await type('lodz kowal', SEARCH_AS_TYPED_DELAY_MS);
    expect(searched()).toEqual(['lodz', 'lodz kowal']);

    // The newer answer comes first, the older one late.
    await answer('lodz kowal', found('Łódź Kowalska', 2));
    expect(screen.getByRole('heading', { level: 2, name: 'Zoekresultaten voor “lodz kowal”' })).toBeDefined();
    await answer('lodz', found('Łukasz Łódź', 3));
    expect(screen.getByRole('heading', { level: 2, name: 'Zoekresultaten voor “lodz kowal”' })).toBeDefined();
    expect(screen.getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent)).toEqual([
      'Łódź Kowalska',
    ]);
    expect(document.activeElement).toBe(field);
    expect((field as HTMLInputElement).value).toBe('lodz kowal');
  });

  it('moves the focus to the results on Enter, and empties them when the field is emptied', async () => {
    const { field, answer, type } = await openStudio();
    await type('lodz', SEARCH_AS_TYPED_DELAY_MS);
    await answer('lodz', found('Łódź Kowalska', 2));
    expect(document.activeElement).toBe(field);

    fireEvent.submit(field.closest('form')!);
    const heading = screen.getByRole('heading', { level: 2, name: 'Zoekresultaten voor “lodz”' });
    expect(document.activeElement).toBe(heading);

    field.focus();
    await type('', SEARCH_AS_TYPED_DELAY_MS);
    expect(screen.getByRole('heading', { level: 2, name: 'Zoeken' })).toBeDefined();
    expect(document.activeElement).toBe(field);
  });
});
