// First: it must run before any module builds a zod schema.
import './zod-jitless';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { studio } from './api/connect';
import { App } from './App';
import { localStorageOrNone } from './app/browser-storage';
import { applyTheme, rememberedTheme } from './app/theme';
import { StudioProvider } from './app/studio-context';
import { chooseLanguage, createI18n, readSavedLanguage } from './i18n';
import './styles/tokens.css';
import './styles/base.css';
import './styles/app-frame.css';
import './styles/card.css';
import './styles/forms.css';
import './styles/welcome.css';
import './styles/vault.css';
import './styles/shell.css';
import './styles/page.css';
import './styles/dashboard.css';
import './styles/traject.css';
import './styles/search.css';
import './styles/dialog.css';
import './styles/import.css';
import './styles/archive.css';
import './styles/packet.css';

const i18n = createI18n(
  chooseLanguage({
    search: window.location.search,
    saved: readSavedLanguage(localStorageOrNone()),
    preferred: navigator.languages,
  }),
);

// The theme this computer last showed, before anything paints: no flash of light for a coach who works in the dark.
applyTheme(rememberedTheme());

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element.');

createRoot(container).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <StudioProvider studio={studio}>
        <App />
      </StudioProvider>
    </I18nextProvider>
  </StrictMode>,
);
