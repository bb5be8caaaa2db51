import { cleanup, render, type RenderResult } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import type { StudioApi } from '../../../shared/api/studio-api';
import { App } from '../../../renderer/src/App';
import { StudioProvider } from '../../../renderer/src/app/studio-context';
import { createI18n, type Language } from '../../../renderer/src/i18n';
import { loadPassphrasePolicy } from '../../../renderer/src/passphrase/passphrase-policy-loader';

export function renderApp(options: { language: Language; studio: StudioApi }): RenderResult {
  return render(
    <I18nextProvider i18n={createI18n(options.language)}>
      <StudioProvider studio={options.studio}>
        <App />
      </StudioProvider>
    </I18nextProvider>,
  );
}

/**
 * Loads the passphrase rule (and builds zxcvbn's dictionaries, the slow part) before the tests, so a screen's
 * lazy load finishes within a test's ordinary waiting time.
 */
export async function warmPassphrasePolicy(): Promise<void> {
  (await loadPassphrasePolicy())('warm up the dictionaries');
}

export function resetDom(): void {
  cleanup();
  window.localStorage.clear();
  window.sessionStorage.clear();
  document.documentElement.removeAttribute('lang');
}
