import { cleanup, render, type RenderResult } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import type { StudioApi } from '../../../shared/api/studio-api';
import { App } from '../../../renderer/src/App';
import { StudioProvider } from '../../../renderer/src/app/studio-context';
import { createI18n, type Language } from '../../../renderer/src/i18n';
import { loadPassphrasePolicy } from '../../../renderer/src/passphrase/passphrase-policy-loader';

/**
 * The studio as a coach who works in `language` has it: the stored language (which the unlocked screens follow) is
 * the one the test renders in, whatever the fake's settings say otherwise.
 */
function storedLanguage(studio: StudioApi, language: Language): StudioApi {
  return {
    ...studio,
    settings: {
      ...studio.settings,
      get: async (request) => {
        const result = await studio.settings.get(request);
        return result.ok ? { ...result, value: { ...result.value, language } } : result;
      },
    },
  };
}

export function renderApp(options: { language: Language; studio: StudioApi }): RenderResult {
  return render(
    <I18nextProvider i18n={createI18n(options.language)}>
      <StudioProvider studio={storedLanguage(options.studio, options.language)}>
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
