// @vitest-environment jsdom
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultSettings } from '../../../shared/domain/settings';
import { App } from '../../../renderer/src/App';
import { StudioProvider } from '../../../renderer/src/app/studio-context';
import { createI18n } from '../../../renderer/src/i18n';
import { fakeStudio } from '../support/fake-studio';
import { resetDom } from '../support/render-app';

afterEach(() => {
  resetDom();
  window.location.hash = '';
});

/** The real App against a fake vault whose stored language is `stored`, on a computer that last showed Dutch. */
function open(stored: 'nl' | 'en') {
  const fake = fakeStudio({ vault: 'unlocked' });
  let language = stored;
  fake.answer('settings.get', () => ({ ok: true, value: { ...defaultSettings(language) } }));
  fake.answer('settings.update', (request) => {
    language = (request as { language: 'nl' | 'en' }).language;
    return { ok: true, value: { ...defaultSettings(language) } };
  });
  const i18n = createI18n('nl');
  render(
    <I18nextProvider i18n={i18n}>
      <StudioProvider studio={fake.studio}>
        <App />
      </StudioProvider>
    </I18nextProvider>,
  );
  return { fake, i18n, stored: () => language };
}

describe("the coach's language: one stored setting", () => {
  it('opens the vault in the language stored in it, not the one this computer showed last', async () => {
    const { i18n } = open('en');
    await screen.findByRole('heading', { level: 2, name: 'Overview' });
    expect(i18n.language).toBe('en');
    expect(window.localStorage.getItem('passie.language')).toBe('en');
  });

  it("stores the header switch's choice in the vault's settings", async () => {
    const { fake, stored } = open('nl');
    await screen.findByRole('heading', { level: 2, name: 'Overzicht' });
    fireEvent.click(within(screen.getByRole('group', { name: 'Taal' })).getByRole('button', { name: /^EN/ }));
    await screen.findByRole('heading', { level: 2, name: 'Overview' });
    await waitFor(() => expect(stored()).toBe('en'));
    expect(fake.calls.filter((call) => call.method === 'settings.update').map((call) => call.request)).toEqual([
      { language: 'en' },
    ]);
  });
});
