// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Link, navigate, parseRoute, paths, useRoute } from '../../../renderer/src/app/router';

const CLIENT = 'cl_00000000000000000001';
const TRAJECT = 'tr_00000000000000000002';
const ROUND = 'rd_00000000000000000003';

afterEach(() => {
  cleanup();
  window.location.hash = '';
});

describe('parseRoute', () => {
  it('reads every route of the table', () => {
    expect(parseRoute('#/')).toEqual({ name: 'dashboard' });
    expect(parseRoute(`#/clients/${CLIENT}`)).toEqual({ name: 'client', clientId: CLIENT });
    expect(parseRoute(`#/trajects/${TRAJECT}`)).toEqual({ name: 'traject', trajectId: TRAJECT });
    expect(parseRoute(`#/trajects/${TRAJECT}/rounds/${ROUND}`)).toEqual({
      name: 'round',
      trajectId: TRAJECT,
      roundId: ROUND,
    });
    expect(parseRoute('#/settings')).toEqual({ name: 'settings' });
    expect(parseRoute('#/archive')).toEqual({ name: 'archive' });
    expect(parseRoute(`#/archive/${TRAJECT}`)).toEqual({ name: 'archived', trajectId: TRAJECT });
    expect(parseRoute(`#/archive/${TRAJECT}/rounds/${ROUND}`)).toEqual({
      name: 'archivedRound',
      trajectId: TRAJECT,
      roundId: ROUND,
    });
    expect(parseRoute('#/search')).toEqual({ name: 'search' });
  });

  it('takes no hash, an empty one and the host launch-code fragment as the dashboard', () => {
    expect(parseRoute('')).toEqual({ name: 'dashboard' });
    expect(parseRoute('#')).toEqual({ name: 'dashboard' });
    expect(parseRoute('#code=abc')).toEqual({ name: 'dashboard' });
  });

  it('has one search address that carries no words: an old `?q=` is read as the search screen, its words ignored', () => {
    expect(paths.search()).toBe('/search');
    expect(parseRoute('#/search?q=paarse%20paarden')).toEqual({ name: 'search' });
  });

  it('answers anything else with notFound, never a half-matched screen', () => {
    for (const hash of [
      '#/nowhere',
      '#/clients',
      `#/clients/${CLIENT}/extra`,
      `#/trajects/${TRAJECT}/rounds`,
      `#/trajects/${TRAJECT}/answers/${ROUND}`,
      '#/settings/more',
      `#/archive/${TRAJECT}/rounds`,
      `#/archive/${TRAJECT}/answers/${ROUND}`,
      '#/clients/%E0%A4%A',
    ]) {
      expect(parseRoute(hash), hash).toEqual({ name: 'notFound' });
    }
  });

  it('round-trips every path it builds', () => {
    expect(parseRoute(`#${paths.client(CLIENT)}`)).toEqual({ name: 'client', clientId: CLIENT });
    expect(parseRoute(`#${paths.round(TRAJECT, ROUND)}`)).toMatchObject({ trajectId: TRAJECT, roundId: ROUND });
    expect(parseRoute(`#${paths.dashboard()}`)).toEqual({ name: 'dashboard' });
    expect(parseRoute(`#${paths.settings()}`)).toEqual({ name: 'settings' });
    expect(parseRoute(`#${paths.archived(TRAJECT)}`)).toEqual({ name: 'archived', trajectId: TRAJECT });
    expect(parseRoute(`#${paths.archivedRound(TRAJECT, ROUND)}`)).toEqual({
      name: 'archivedRound',
      trajectId: TRAJECT,
      roundId: ROUND,
    });
  });
});

function ShowRoute() {
  const route = useRoute();
  return <p data-testid="route">{JSON.stringify(route)}</p>;
}

describe('useRoute, navigate and Link', () => {
  it('follows the hash as it changes', async () => {
    render(<ShowRoute />);
    expect(screen.getByTestId('route').textContent).toBe('{"name":"dashboard"}');
    await act(async () => {
      navigate(paths.traject(TRAJECT));
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    expect(window.location.hash).toBe(`#/trajects/${TRAJECT}`);
    expect(JSON.parse(screen.getByTestId('route').textContent ?? '')).toEqual({ name: 'traject', trajectId: TRAJECT });
  });

  it('renders a real link to the fragment', () => {
    render(
      <Link to={paths.client(CLIENT)} className="x">
        Daniëlle
      </Link>,
    );
    const link = screen.getByRole('link', { name: 'Daniëlle' });
    expect(link.getAttribute('href')).toBe(`#/clients/${CLIENT}`);
    expect(link.className).toBe('x');
  });
});
