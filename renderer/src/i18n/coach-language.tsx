import { createContext, useCallback, useContext, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiResult } from '../../../shared/api/errors';
import type { Settings } from '../../../shared/domain/settings';
import { localStorageOrNone } from '../app/browser-storage';
import { useStudio } from '../app/studio-context';
import { saveLanguage, type Language } from './language';

type StoreLanguage = (language: Language) => Promise<ApiResult<Settings>>;

const StoreLanguageContext = createContext<StoreLanguage | null>(null);

/**
 * While the vault is open, the coach's language is one stored setting: the header's switch and Settings both write
 * it (see useChooseLanguage), and the screens follow it once the vault opens (a vault set up in Dutch opens in
 * Dutch, on any computer). Before the unlock there is no setting to read, so the screens use this computer's last
 * choice.
 */
export function CoachLanguageProvider({ children }: { children: ReactNode }) {
  const studio = useStudio();
  const store = useCallback<StoreLanguage>((language) => studio.settings.update({ language }), [studio]);
  return <StoreLanguageContext value={store}>{children}</StoreLanguageContext>;
}

/** Makes the screens speak the stored language of the settings just read after an unlock. */
export function useFollowStoredLanguage(): (settings: Pick<Settings, 'language'>) => void {
  const { i18n } = useTranslation();
  return useCallback(
    ({ language }) => {
      if (language === i18n.resolvedLanguage) return;
      saveLanguage(language, localStorageOrNone());
      void i18n.changeLanguage(language);
    },
    [i18n],
  );
}

/**
 * Changes the coach's language everywhere at once: the screens, this computer's memory of it, and (while the vault
 * is open) the stored setting that PDFs' error sentences, import messages and the CLI follow. The stored result, or
 * undefined when no vault is open.
 */
export function useChooseLanguage(): (language: Language) => Promise<ApiResult<Settings> | undefined> {
  const { i18n } = useTranslation();
  const store = useContext(StoreLanguageContext);
  return useCallback(
    async (language) => {
      saveLanguage(language, localStorageOrNone());
      await i18n.changeLanguage(language);
      return store ? store(language) : undefined;
    },
    [i18n, store],
  );
}
