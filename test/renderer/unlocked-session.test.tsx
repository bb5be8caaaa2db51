// @vitest-environment jsdom
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { errorMessages } from '../../shared/i18n/error-messages';
import { STATUS_POLL_MS } from '../../renderer/src/app/use-status-watch';
import { failure, fakeStudio } from './support/fake-studio';
import { renderApp, resetDom, warmPassphrasePolicy } from './support/render-app';

const PASSPHRASE = 'blauwe koffie op de dijk';
const AUTO_LOCK_NOTICE = 'De kluis is vanzelf vergrendeld, omdat u een tijdje niets deed. Uw werk is bewaard.';

beforeAll(warmPassphrasePolicy);
afterEach(() => {
  resetDom();
  window.location.hash = '';
  vi.useRealTimers();
});

async function openHome(studio = fakeStudio({ vault: 'unlocked', passphrase: PASSPHRASE })) {
  renderApp({ language: 'nl', studio: studio.studio });
  await screen.findByRole('heading', { level: 2, name: 'Overzicht' });
  // The heading can be on screen before React has run the shell's effects (the status watch starts its clock
  // there): flushed now, so a test that counts from here counts from a clock that is running.
  await act(async () => {});
  return studio;
}

const lockButton = () => within(screen.getByRole('banner')).getByRole('button', { name: /^Vergrendelen/ });

async function expectUnlockScreen({ autoLocked }: { autoLocked: boolean }) {
  await screen.findByRole('heading', { level: 2, name: 'Uw kluis is vergrendeld' });
  expect(document.activeElement).toBe(screen.getByLabelText('Wachtwoord'));
  expect(screen.queryByRole('button', { name: /^Vergrendelen/ })).toBeNull();
  if (autoLocked) expect(screen.getByRole('status').textContent).toBe(AUTO_LOCK_NOTICE);
  else expect(screen.queryByText(AUTO_LOCK_NOTICE)).toBeNull();
}

describe('the unlocked dashboard', () => {
  it('greets the coach, with the focus on its heading, and counts clients and active trajects', async () => {
    await openHome(fakeStudio({ vault: 'unlocked', clients: 3, activeTrajects: 2, closedTrajects: 4 }));
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 2, name: 'Overzicht' }));
    const counts = await screen.findByRole('region', { name: 'In uw kluis' });
    expect(within(counts).getByText('Cliënten').nextSibling?.textContent).toBe('3');
    expect(within(counts).getByText('Actieve trajecten').nextSibling?.textContent).toBe('2');
    expect(within(counts).getByText('Wachten op reactie').nextSibling?.textContent).toBe('0');
  });

  it('shows the shared sentence when the numbers cannot be read', async () => {
    await openHome(fakeStudio({ vault: 'unlocked' }, { 'traject.list': () => failure('index_damaged') }));
    expect((await screen.findByRole('alert')).textContent).toBe(errorMessages.nl.index_damaged);
  });
});

describe('locking', () => {
  it('has a lock button in the header that names its shortcut', async () => {
    await openHome();
    const button = lockButton();
    expect(button.getAttribute('aria-keyshortcuts')).toBe('Control+L');
    expect(button.getAttribute('title')).toBe('Kluis vergrendelen (Ctrl+L)');
  });

  it('locks with the button and returns to the unlock screen', async () => {
    const studio = await openHome();
    fireEvent.click(lockButton());
    await expectUnlockScreen({ autoLocked: false });
    expect(studio.methods()).toContain('vault.lock');
    expect(studio.state.vault).toBe('locked');
  });

  it('locks with Ctrl+L, even while typing in a field', async () => {
    const studio = await openHome();
    const field = screen.getByRole('searchbox', { name: 'Zoeken in alle dossiers' });
    field.focus();
    const event = new KeyboardEvent('keydown', { key: 'l', ctrlKey: true, bubbles: true, cancelable: true });
    act(() => void field.dispatchEvent(event));
    expect(event.defaultPrevented).toBe(true);
    await expectUnlockScreen({ autoLocked: false });
    expect(studio.methods().filter((method) => method === 'vault.lock')).toHaveLength(1);
  });

  it('locks with ⌘L too, but not with Ctrl+Shift+L', async () => {
    const studio = await openHome();
    fireEvent.keyDown(window, { key: 'L', ctrlKey: true, shiftKey: true });
    expect(studio.methods()).not.toContain('vault.lock');
    fireEvent.keyDown(window, { key: 'l', metaKey: true });
    await expectUnlockScreen({ autoLocked: false });
  });

  it('unlocks again after locking', async () => {
    await openHome();
    fireEvent.click(lockButton());
    await expectUnlockScreen({ autoLocked: false });
    fireEvent.change(screen.getByLabelText('Wachtwoord'), { target: { value: PASSPHRASE } });
    fireEvent.submit(screen.getByLabelText('Wachtwoord').closest('form')!);
    expect(await screen.findByRole('heading', { level: 2, name: 'Overzicht' })).toBeDefined();
  });
});

describe('a vault that locked itself', () => {
  it('sends the coach to the unlock screen when any call answers vault_locked', async () => {
    const studio = fakeStudio({ vault: 'unlocked' }, { 'client.list': () => failure('vault_locked') });
    renderApp({ language: 'nl', studio: studio.studio });
    await expectUnlockScreen({ autoLocked: true });
  });

  it('is noticed by the status watch every 30 s, without the coach doing anything', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'] });
    const studio = await openHome();
    const statusCalls = () => studio.methods().filter((method) => method === 'app.status').length;
    const before = statusCalls();

    void act(() => vi.advanceTimersByTime(STATUS_POLL_MS - 1));
    expect(statusCalls()).toBe(before);
    void act(() => vi.advanceTimersByTime(1));
    expect(statusCalls()).toBe(before + 1);
    expect(screen.getByRole('heading', { level: 2, name: 'Overzicht' })).toBeDefined();

    // The studio drops the key on its own (idle); the next poll brings the unlock screen.
    studio.state.vault = 'locked';
    void act(() => vi.advanceTimersByTime(STATUS_POLL_MS));
    await expectUnlockScreen({ autoLocked: true });
    // No more polling once locked (counted once React has finished switching screens, which a loaded machine delays).
    await waitFor(() => expect(screen.queryByRole('button', { name: /^Vergrendelen/ })).toBeNull());
    const after = statusCalls();
    void act(() => vi.advanceTimersByTime(STATUS_POLL_MS * 3));
    expect(statusCalls()).toBe(after);
  });

  it('is noticed at once when the window gets the focus back', async () => {
    const studio = await openHome();
    studio.state.vault = 'locked';
    fireEvent.focus(window);
    await expectUnlockScreen({ autoLocked: true });
  });
});

describe('the keep-alive', () => {
  it("passes the coach's activity on as settings.get, at most once a minute", async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'] });
    const studio = await openHome();
    const pings = () => studio.methods().filter((method) => method === 'settings.get').length;
    // The keep-alive learns the auto-lock time once; the dashboard reads whether the coach's name is filled in.
    await waitFor(() => expect(pings()).toBe(2));

    fireEvent.keyDown(window, { key: 'a' });
    fireEvent.pointerDown(document.body);
    expect(pings()).toBe(2);

    void act(() => vi.advanceTimersByTime(60_000));
    fireEvent.keyDown(window, { key: 'a' });
    expect(pings()).toBe(3);
    fireEvent.pointerDown(document.body);
    fireEvent.keyDown(window, { key: 'b' });
    expect(pings()).toBe(3);

    void act(() => vi.advanceTimersByTime(30_000));
    fireEvent.keyDown(window, { key: 'c' });
    expect(pings()).toBe(3);
    void act(() => vi.advanceTimersByTime(30_000));
    fireEvent.pointerDown(document.body);
    await waitFor(() => expect(pings()).toBe(4));
  });

  it('pings more often when the vault locks itself after one minute', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'] });
    const studio = await openHome(fakeStudio({ vault: 'unlocked', autoLockMinutes: 1 }));
    const pings = () => studio.methods().filter((method) => method === 'settings.get').length;
    await waitFor(() => expect(pings()).toBe(2));
    await act(async () => undefined);

    void act(() => vi.advanceTimersByTime(15_000));
    fireEvent.keyDown(window, { key: 'a' });
    expect(pings()).toBe(3);
  });

  it('finds a locked vault through its own ping, too', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'] });
    const studio = await openHome();
    studio.state.vault = 'locked';
    vi.setSystemTime(Date.now() + 61_000);
    fireEvent.keyDown(window, { key: 'x' });
    await expectUnlockScreen({ autoLocked: true });
  });
});

describe('changing the passphrase (on the settings screen)', { timeout: 20_000 }, () => {
  const newPassphrase = 'rode fiets blauwe maan';

  // The passphrase is changed on the settings screen.
  async function openForm() {
    window.location.hash = '#/settings';
    const studio = fakeStudio(
      { vault: 'unlocked', passphrase: PASSPHRASE },
      { 'catalogue.list': () => ({ ok: true, value: { places: [] } }) },
    );
    renderApp({ language: 'nl', studio: studio.studio });
    fireEvent.click(await screen.findByRole('button', { name: 'Wachtwoord wijzigen' }));
    expect(document.activeElement).toBe(screen.getByLabelText('Huidig wachtwoord'));
    return studio;
  }
  const fill = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });
  const submit = () => fireEvent.click(screen.getByRole('button', { name: 'Wachtwoord wijzigen' }));

  it('refuses a wrong current passphrase with the shared sentence', async () => {
    const studio = await openForm();
    fill('Huidig wachtwoord', 'niet het goede wachtwoord');
    fill('Nieuw wachtwoord', newPassphrase);
    fill('Herhaal het nieuwe wachtwoord', newPassphrase);
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Wachtwoord wijzigen' })).toHaveProperty('disabled', false),
    );
    submit();

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe(errorMessages.nl.wrong_passphrase);
    expect(screen.getByLabelText('Huidig wachtwoord').getAttribute('aria-describedby')).toBe(alert.id);
    expect(studio.state.passphrase).toBe(PASSPHRASE);
  });

  it('changes it, says so, and gives the focus back to the button', async () => {
    const studio = await openForm();
    fill('Huidig wachtwoord', PASSPHRASE);
    fill('Nieuw wachtwoord', newPassphrase);
    fill('Herhaal het nieuwe wachtwoord', newPassphrase);
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Wachtwoord wijzigen' })).toHaveProperty('disabled', false),
    );
    submit();

    expect(await screen.findByText('Uw wachtwoord is gewijzigd. Uw herstelsleutel blijft dezelfde.')).toBeDefined();
    expect(studio.calls.find((call) => call.method === 'vault.changePassphrase')?.request).toEqual({
      currentPassphrase: PASSPHRASE,
      newPassphrase,
    });
    expect(screen.queryByLabelText('Huidig wachtwoord')).toBeNull();
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Wachtwoord wijzigen' })),
    );
  });
});
