// @vitest-environment jsdom
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { errorMessages } from '../../../shared/i18n/error-messages';
import { STATUS_POLL_MS } from '../../../renderer/src/app/use-status-watch';
import { failure, fakeStudio, NEW_RECOVERY_KEY, type Overrides, type VaultHealth } from '../support/fake-studio';
import { renderApp, resetDom, warmPassphrasePolicy } from '../support/render-app';

const PASSPHRASE = 'blauwe koffie op de dijk';
// The fake's trajects: "Traject 0" and "Traject 1", with these ids.
const TRAJECT_0 = 'tr_00000000000000000000';
const TRAJECT_1 = 'tr_00000000000000000001';
const UNKNOWN = 'tr_0000000000000000zzzz';

beforeAll(warmPassphrasePolicy);
afterEach(() => {
  resetDom();
  window.location.hash = '';
  vi.useRealTimers();
});

async function openHome(health: VaultHealth, overrides: Overrides = {}, language: 'nl' | 'en' = 'nl') {
  const fake = fakeStudio(
    { vault: 'unlocked', passphrase: PASSPHRASE, activeTrajects: 2, health },
    {
      'catalogue.list': () => ({ ok: true, value: { places: [] } }),
      'signing.show': () => ({ ok: true, value: {} }),
      ...overrides,
    },
  );
  renderApp({ language, studio: fake.studio });
  await screen.findByRole('heading', { level: 2, name: language === 'nl' ? 'Overzicht' : 'Overview' });
  return fake;
}

const damageBanner = () => screen.findByRole('alert', { name: /in uw kluis (is|zijn) niet in orde$/ });
const lines = (banner: HTMLElement) =>
  within(banner)
    .getAllByRole('listitem')
    .map((item) => item.textContent);

describe('the banner about damaged vault files', () => {
  it('is not there while every file is in order', async () => {
    const fake = await openHome({ damage: [], recoveryKeyNeeded: false });
    await waitFor(() => expect(fake.methods()).toContain('app.status'));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.queryByText(/niet in orde/)).toBeNull();
    expect(screen.queryByRole('link', { name: 'Nieuwe herstelsleutel maken' })).toBeNull();
  });

  it('names each damaged file in plain words, a dossier by its traject, and says what to do', async () => {
    await openHome({
      damage: [
        { file: `trajects/${TRAJECT_0}/dossier.psv`, problem: 'rolled_back' },
        { file: 'keys/signing.psv', problem: 'missing' },
        { file: `trajects/${UNKNOWN}/dossier.psv`, problem: 'unreadable' },
        { file: `trajects/${TRAJECT_1}/attachments/at_00000000000000000007.psv`, problem: 'deleted' },
      ],
      recoveryKeyNeeded: false,
    });
    const banner = await damageBanner();
    expect(within(banner).getByRole('heading', { level: 2 }).textContent).toBe(
      '4 bestanden in uw kluis zijn niet in orde',
    );
    await waitFor(() => expect(lines(banner)[0]).toContain('Traject 0'));
    expect(lines(banner)).toEqual([
      `Het dossier van ‘Traject 0’ is een oudere kopie: er is een oude versie teruggezet. trajects/${TRAJECT_0}/dossier.psv`,
      'Het bestand keys/signing.psv ontbreekt.',
      `Het bestand trajects/${UNKNOWN}/dossier.psv kan niet worden gelezen.`,
      `Een bijlage bij ‘Traject 1’ was verwijderd en kwam terug uit een oude kopie; de studio heeft het opnieuw verwijderd. trajects/${TRAJECT_1}/attachments/at_00000000000000000007.psv`,
    ]);
    expect(
      within(banner).getByText(
        'Zet deze bestanden terug uit uw nieuwste back-up en kies daarna ‘Opnieuw controleren’. De rest van de kluis werkt gewoon.',
      ),
    ).toBeDefined();
    expect(
      within(banner).getByText('Hiervoor hoeft u niets te doen: wat verwijderd is, blijft verwijderd.'),
    ).toBeDefined();
  });

  it('names one file in the singular, and falls back to file names when the trajects cannot be listed', async () => {
    const fake = await openHome(
      { damage: [{ file: `trajects/${TRAJECT_0}/dossier.psv`, problem: 'missing' }], recoveryKeyNeeded: false },
      { 'traject.list': () => failure('file_rolled_back') },
    );
    const banner = await damageBanner();
    await waitFor(() => expect(fake.methods()).toContain('traject.list'));
    expect(within(banner).getByRole('heading', { level: 2 }).textContent).toBe(
      'Eén bestand in uw kluis is niet in orde',
    );
    expect(lines(banner)).toEqual([`Het bestand trajects/${TRAJECT_0}/dossier.psv ontbreekt.`]);
    expect(within(banner).getByText(/^Zet dit bestand terug uit uw nieuwste back-up/)).toBeDefined();
    expect(within(banner).queryByText(/hoeft u niets te doen/)).toBeNull();
  });

  it('checks again on request: the banner goes once all is well, and says so', async () => {
    const fake = await openHome({ damage: [{ file: 'index.psv', problem: 'rolled_back' }], recoveryKeyNeeded: false });
    const banner = await damageBanner();
    // The coach put the file back; only a new check tells.
    fake.state.health = { damage: [], recoveryKeyNeeded: false };
    fireEvent.click(within(banner).getByRole('button', { name: 'Opnieuw controleren' }));
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
    expect(fake.methods()).toContain('vault.check');
    expect(
      screen.getByText('Opnieuw gecontroleerd: alle bestanden in uw kluis zijn in orde.').closest('[role=status]'),
    ).not.toBeNull();
  });

  it('shows what a check still finds, and says a failed check in the shared sentence', async () => {
    const fake = await openHome({
      damage: [
        { file: 'index.psv', problem: 'rolled_back' },
        { file: 'settings.psv', problem: 'missing' },
      ],
      recoveryKeyNeeded: false,
    });
    let banner = await damageBanner();
    fake.state.health = { damage: [{ file: 'settings.psv', problem: 'missing' }], recoveryKeyNeeded: false };
    fireEvent.click(within(banner).getByRole('button', { name: 'Opnieuw controleren' }));
    expect(await screen.findByText('Opnieuw gecontroleerd: één bestand is nog niet in orde.')).toBeDefined();
    banner = await damageBanner();
    expect(lines(banner)).toEqual(['Het bestand settings.psv ontbreekt.']);

    fake.answer('vault.check', () => failure('disk_full'));
    fireEvent.click(within(banner).getByRole('button', { name: 'Opnieuw controleren' }));
    await waitFor(() =>
      expect(screen.getAllByRole('alert').map((alert) => alert.textContent)).toContain(errorMessages.nl.disk_full),
    );
    expect(lines(await damageBanner())).toEqual(['Het bestand settings.psv ontbreekt.']);
  });

  it('appears when the status watch hears of damage found later', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'] });
    const fake = await openHome({ damage: [], recoveryKeyNeeded: false });
    await act(async () => {});
    expect(screen.queryByRole('alert')).toBeNull();
    fake.state.health = { damage: [{ file: 'catalogue.psv', problem: 'unreadable' }], recoveryKeyNeeded: false };
    await act(async () => vi.advanceTimersByTime(STATUS_POLL_MS));
    expect(lines(await damageBanner())).toEqual(['Het bestand catalogue.psv kan niet worden gelezen.']);
  });

  it('speaks English too', async () => {
    await openHome(
      { damage: [{ file: `trajects/${TRAJECT_0}/dossier.psv`, problem: 'rolled_back' }], recoveryKeyNeeded: false },
      {},
      'en',
    );
    const banner = await screen.findByRole('alert', { name: 'One file in your vault is not in order' });
    await waitFor(() =>
      expect(lines(banner)).toEqual([
        `The dossier of ‘Traject 0’ is an older copy: an old version was put back. trajects/${TRAJECT_0}/dossier.psv`,
      ]),
    );
    expect(within(banner).getByRole('button', { name: 'Check again' })).toBeDefined();
    expect(within(banner).getByText(/^Restore this file from your latest backup/)).toBeDefined();
  });
});

describe('the banner asking for a new recovery key', () => {
  it('links to the settings’ form for it, which makes the key and takes the banner away', async () => {
    const fake = await openHome({ damage: [], recoveryKeyNeeded: true });
    const link = await screen.findByRole('link', { name: 'Nieuwe herstelsleutel maken' });
    expect(link.closest('[role=status]')?.textContent).toContain(
      'Uw herstelsleutel werkt niet meer: de sleutel van de kluis is vernieuwd zonder dat u de nieuwe herstelsleutel hebt gezien.',
    );
    expect(link.getAttribute('href')).toBe('#/settings/new-recovery-key');

    fireEvent.click(link);
    // jsdom follows no links: the address changes as the browser would.
    window.location.hash = link.getAttribute('href')!;
    const field = await screen.findByLabelText('Uw wachtwoord');
    await waitFor(() => expect(document.activeElement).toBe(field));
    const security = screen.getByRole('region', { name: 'Beveiliging' });
    expect(within(security).getByRole('form', { name: 'Nieuwe herstelsleutel maken' })).toBeDefined();

    fireEvent.change(field, { target: { value: PASSPHRASE } });
    fireEvent.click(within(security).getByRole('button', { name: 'Herstelsleutel maken' }));
    await screen.findByRole('heading', { level: 2, name: 'Uw nieuwe herstelsleutel' });
    expect(document.querySelector('.recovery-key')?.textContent).toBe(NEW_RECOVERY_KEY);
    await waitFor(() => expect(screen.queryByRole('link', { name: 'Nieuwe herstelsleutel maken' })).toBeNull());
    expect(fake.state.health.recoveryKeyNeeded).toBe(false);
  });

  it('offers to make a lost overview again, says what it made, and opens it', async () => {
    let lost = true;
    const fake = fakeStudio(
      { vault: 'unlocked', passphrase: PASSPHRASE, activeTrajects: 2 },
      {
        'catalogue.list': () => ({ ok: true, value: { places: [] } }),
        'signing.show': () => ({ ok: true, value: {} }),
        'client.list': () => (lost ? failure('index_damaged') : { ok: true, value: { clients: [] } }),
        'traject.list': () => (lost ? failure('index_damaged') : { ok: true, value: { trajects: [] } }),
        'vault.rebuildIndex': () => {
          lost = false;
          return { ok: true, value: { clients: 2, trajects: 3, unnamed: 1, unreadable: [] } };
        },
      },
    );
    renderApp({ language: 'nl', studio: fake.studio });
    expect(await screen.findByText(errorMessages.nl.index_damaged)).toBeTruthy();
    // No plain "try again": trying again cannot help, making it again does.
    expect(screen.queryByRole('button', { name: 'Opnieuw proberen' })).toBeNull();
    fireEvent.click(await screen.findByRole('button', { name: 'Overzicht opnieuw maken' }));
    expect(
      await screen.findByText(
        /^Het overzicht is opnieuw gemaakt: 2 cliënten, 3 trajecten\. Eén cliënt heeft geen naam/,
      ),
    ).toBeTruthy();
    expect(fake.methods()).toContain('vault.rebuildIndex');
    fireEvent.click(screen.getByRole('button', { name: 'Overzicht openen' }));
    await waitFor(() => expect(screen.queryByText(errorMessages.nl.index_damaged)).toBeNull());
  });
});
