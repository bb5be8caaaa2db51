// @vitest-environment jsdom
import { act, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { errorMessages } from '../../shared/i18n/error-messages';
import { LOADING_MESSAGE_DELAY_MS } from '../../renderer/src/screens/welcome/WelcomeScreen';
import { fakeStudio } from './support/fake-studio';
import { renderApp, resetDom } from './support/render-app';
import { scriptedStudio, statusOf } from './support/scripted-studio';

afterEach(() => {
  resetDom();
  vi.useRealTimers();
});

const states = {
  nl: {
    heading: 'PASSIE Studio',
    tagline: 'Uw werkplek voor schriftelijke coaching met het PASSIE-model.',
    version: 'PASSIE Studio · versie 0.1.0',
    none: { title: 'Welkom', text: /versleuteld op deze computer/, action: 'Nieuwe kluis aanmaken' },
    locked: { title: 'Uw kluis is vergrendeld', text: /Ontgrendel de kluis/, field: 'Wachtwoord' },
    unlocked: { title: 'Overzicht', text: 'Cliënten en trajecten' },
  },
  en: {
    heading: 'PASSIE Studio',
    tagline: 'Your workspace for written coaching with the PASSIE model.',
    version: 'PASSIE Studio · version 0.1.0',
    none: { title: 'Welcome', text: /encrypted on this computer/, action: 'Create a new vault' },
    locked: { title: 'Your vault is locked', text: /Unlock the vault/, field: 'Passphrase' },
    unlocked: { title: 'Overview', text: 'Clients and trajects' },
  },
} as const;

describe.each(['nl', 'en'] as const)('the welcome screen in %s', (language) => {
  const text = states[language];

  it('names the studio in the banner and sets <html lang>', async () => {
    renderApp({ language, studio: scriptedStudio(statusOf('none')).studio });
    const banner = screen.getByRole('banner');
    expect(within(banner).getByRole('heading', { level: 1, name: text.heading })).toBeDefined();
    expect(within(banner).getByText(text.tagline)).toBeDefined();
    expect(document.documentElement.lang).toBe(language);
    await screen.findByRole('heading', { level: 2, name: text.none.title });
  });

  it("welcomes a coach without a vault and offers to create one ('none')", async () => {
    const { studio, calls } = scriptedStudio(statusOf('none'));
    renderApp({ language, studio });

    expect(await screen.findByRole('heading', { level: 2, name: text.none.title })).toBeDefined();
    expect(screen.getByText(text.none.text)).toBeDefined();
    fireEvent.click(screen.getByRole('button', { name: text.none.action }));
    expect(await screen.findByRole('heading', { level: 2, name: text.none.action })).toBeDefined();
    expect(calls).toEqual(['app.status']);
    expect(within(screen.getByRole('contentinfo')).getByText(text.version)).toBeDefined();
  });

  it("goes straight to the unlock screen for a locked vault ('locked')", async () => {
    const { studio } = fakeStudio({ vault: 'locked' });
    renderApp({ language, studio });

    expect(await screen.findByRole('heading', { level: 2, name: text.locked.title })).toBeDefined();
    expect(screen.getByText(text.locked.text)).toBeDefined();
    expect(document.activeElement).toBe(screen.getByLabelText(text.locked.field));
    expect(screen.queryByRole('button', { name: text.none.action })).toBeNull();
    expect(within(screen.getByRole('contentinfo')).getByText(/0\.1\.0/)).toBeDefined();
  });

  it("opens the dashboard for a vault that is already unlocked ('unlocked')", async () => {
    const { studio } = fakeStudio({ vault: 'unlocked' });
    renderApp({ language, studio });

    expect(await screen.findByRole('heading', { level: 2, name: text.unlocked.title })).toBeDefined();
    expect(await screen.findByText(text.unlocked.text)).toBeDefined();
    expect(within(screen.getByRole('main')).queryByRole('button', { name: text.none.action })).toBeNull();
  });

  it('shows the shared sentence for the error code, not the message that came with it, and retries', async () => {
    const { studio, calls } = scriptedStudio(
      { ok: false, error: { code: 'vault_unreadable', message: 'text from elsewhere' } },
      statusOf('none'),
    );
    renderApp({ language, studio });

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe(errorMessages[language].vault_unreadable);
    expect(screen.queryByText('text from elsewhere')).toBeNull();
    expect(within(screen.getByRole('contentinfo')).queryByText(/0\.1\.0/)).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: language === 'nl' ? 'Opnieuw proberen' : 'Try again' }));
    const heading = await screen.findByRole('heading', { level: 2, name: text.none.title });
    expect(calls).toEqual(['app.status', 'app.status']);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(document.activeElement).toBe(heading);
  });
});

describe('the welcome screen while it waits', () => {
  it('says nothing for a quick answer, then a polite loading message', async () => {
    vi.useFakeTimers();
    let answer!: (result: ReturnType<typeof statusOf>) => void;
    const pending = new Promise<ReturnType<typeof statusOf>>((resolve) => (answer = resolve));
    renderApp({ language: 'nl', studio: scriptedStudio(pending).studio });

    const status = screen.getByRole('status');
    expect(status.textContent).toBe('');
    void act(() => vi.advanceTimersByTime(LOADING_MESSAGE_DELAY_MS - 50));
    expect(status.textContent).toBe('');
    void act(() => vi.advanceTimersByTime(50));
    expect(screen.getByRole('status').textContent).toBe('De studio wordt geopend…');

    await act(async () => answer(statusOf('none')));
    expect(screen.getByRole('heading', { level: 2, name: 'Welkom' })).toBeDefined();
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('treats a studio call that throws as an internal error instead of an empty window', async () => {
    renderApp({ language: 'en', studio: scriptedStudio(Promise.reject(new Error('preload broke'))).studio });
    expect((await screen.findByRole('alert')).textContent).toBe(errorMessages.en.internal);
  });
});

describe('the language switcher', () => {
  it('switches the screen, <html lang> and saves the choice', async () => {
    renderApp({ language: 'nl', studio: scriptedStudio(statusOf('none')).studio });
    await screen.findByRole('button', { name: 'Nieuwe kluis aanmaken' });

    const switcher = screen.getByRole('group', { name: 'Taal' });
    const dutch = within(switcher).getByRole('button', { name: /^NL/ });
    const english = within(switcher).getByRole('button', { name: /^EN/ });
    expect(dutch.getAttribute('aria-pressed')).toBe('true');
    expect(english.getAttribute('aria-pressed')).toBe('false');

    fireEvent.click(english);

    expect(await screen.findByRole('button', { name: 'Create a new vault' })).toBeDefined();
    expect(screen.getByRole('group', { name: 'Language' })).toBeDefined();
    expect(english.getAttribute('aria-pressed')).toBe('true');
    expect(document.documentElement.lang).toBe('en');
    expect(window.localStorage.getItem('passie.language')).toBe('en');
    expect(window.localStorage.length).toBe(1);
  });
});
