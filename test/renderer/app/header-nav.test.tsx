// @vitest-environment jsdom
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderApp, resetDom } from '../support/render-app';
import { coachingStudio } from '../support/fake-coaching';

afterEach(() => {
  resetDom();
  window.location.hash = '';
});

async function openStudio(language: 'nl' | 'en' = 'nl') {
  renderApp({ language, studio: coachingStudio().studio });
  await screen.findByRole('heading', { level: 2, name: language === 'nl' ? 'Overzicht' : 'Overview' });
  return within(screen.getByRole('banner'));
}

describe('the unlocked header', () => {
  it('links the name to the dashboard and the settings to #/settings', async () => {
    const banner = await openStudio();
    expect(banner.getByRole('link', { name: 'PASSIE Studio' }).getAttribute('href')).toBe('#/');
    expect(banner.getByRole('link', { name: 'Instellingen' }).getAttribute('href')).toBe('#/settings');
  });

  it('searches on Enter, and Ctrl+K brings the focus to the field from anywhere', async () => {
    const banner = await openStudio();
    // Retried while the shell settles after the unlock (under a loaded CI machine the first key can come early).
    await waitFor(() => {
      const event = new KeyboardEvent('keydown', { key: 'k', ctrlKey: true, bubbles: true, cancelable: true });
      act(() => void document.body.dispatchEvent(event));
      expect(event.defaultPrevented).toBe(true);
    });
    const field = banner.getByRole('searchbox', { name: 'Zoeken in alle dossiers' });
    expect(document.activeElement).toBe(field);

    fireEvent.change(field, { target: { value: '  paarse paarden ' } });
    fireEvent.submit(field.closest('form')!);
    expect(window.location.hash).toBe('#/search');
    await act(async () => void window.dispatchEvent(new HashChangeEvent('hashchange')));
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Zoekresultaten voor “paarse paarden”' }),
    ).toBeDefined();
    // The field shows what is being searched for.
    await waitFor(() =>
      expect((screen.getByRole('searchbox', { name: 'Zoeken in alle dossiers' }) as HTMLInputElement).value).toBe(
        'paarse paarden',
      ),
    );
  });

  it('does nothing for an empty search', async () => {
    const banner = await openStudio();
    fireEvent.submit(banner.getByRole('searchbox').closest('form')!);
    expect(window.location.hash).toBe('');
  });

  it('offers a skip link that moves the focus to the screen', async () => {
    await openStudio('en');
    const skip = screen.getByRole('link', { name: 'Skip to content' });
    fireEvent.click(skip);
    expect(document.activeElement).toBe(screen.getByRole('main'));
    expect(window.location.hash).toBe('');
  });

  it('shows a calm page for an address that leads nowhere', async () => {
    window.location.hash = '#/nergens';
    renderApp({ language: 'nl', studio: coachingStudio().studio });
    expect(await screen.findByRole('heading', { level: 2, name: 'Deze pagina bestaat niet' })).toBeDefined();
    expect(screen.getByRole('link', { name: 'Naar het overzicht' }).getAttribute('href')).toBe('#/');
  });
});
