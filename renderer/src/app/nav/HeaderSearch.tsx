import { useId, useRef, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApplePlatform } from '../platform';
import { searchFor } from '../search-query';
import { SearchIcon } from '../../components/icons';
import { useSearchShortcut } from './use-search-shortcut';

/**
 * The search field in the header: Enter opens the results (`#/search`), Ctrl+K / ⌘K comes here from
 * anywhere. It shows the query of the results on screen, and starts empty elsewhere.
 */
export function HeaderSearch({ query }: { query: string }) {
  const { t } = useTranslation();
  const field = useRef<HTMLInputElement>(null);
  const id = useId();
  useSearchShortcut(field);
  const apple = isApplePlatform();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const typed = field.current?.value.trim() ?? '';
    if (typed !== '') searchFor(typed);
  };

  return (
    <form className="header-search" role="search" onSubmit={submit}>
      <label className="visually-hidden" htmlFor={id}>
        {t('nav.search.label')}
      </label>
      <SearchIcon />
      <input
        // A new query on screen (or none) gives a fresh field that shows it.
        key={query}
        ref={field}
        id={id}
        className="header-search__input"
        type="search"
        name="q"
        defaultValue={query}
        placeholder={t('nav.search.placeholder')}
        autoComplete="off"
        spellCheck={false}
        enterKeyHint="search"
        maxLength={200}
        aria-keyshortcuts={apple ? 'Meta+K' : 'Control+K'}
      />
      <kbd className="header-search__shortcut" aria-hidden="true">
        {apple ? '⌘K' : 'Ctrl K'}
      </kbd>
    </form>
  );
}
