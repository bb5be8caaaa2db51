import { useEffect, useId, useRef, useState, type ChangeEvent, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApplePlatform } from '../platform';
import { useRoute } from '../router';
import { searchAsTyped, searchFor } from '../search-query';
import { SearchIcon } from '../../components/icons';
import { useSearchShortcut } from './use-search-shortcut';

/** How long typing pauses before the results follow: a search per word, not per key. */
export const SEARCH_AS_TYPED_DELAY_MS = 200;

/**
 * The search field in the header: the results (`#/search`) follow as the coach types, the focus staying here;
 * Enter moves the focus to them, and Ctrl+K / ⌘K comes here from anywhere. It shows the query of the results on
 * screen, and is empty elsewhere.
 */
export function HeaderSearch({ query }: { query: string }) {
  const { t } = useTranslation();
  const field = useRef<HTMLInputElement>(null);
  const id = useId();
  useSearchShortcut(field);
  const apple = isApplePlatform();
  const route = useRoute();
  const [text, setText] = useState(query);
  const [shownQuery, setShownQuery] = useState(query);
  const [typing, setTyping] = useState(false);
  const pending = useRef<ReturnType<typeof setTimeout>>(undefined);

  // The query of the screen (none once the coach leaves the search screen) replaces the text, except while the
  // coach types here: the results lag behind the keys, and must not take back what was typed since.
  if (query !== shownQuery) {
    setShownQuery(query);
    if (query !== text.trim() && !typing) setText(query);
  }

  // Words typed just before the coach went elsewhere do not pull them back to the search screen.
  useEffect(() => () => clearTimeout(pending.current), [route]);

  const change = (event: ChangeEvent<HTMLInputElement>) => {
    const typed = event.target.value;
    setText(typed);
    clearTimeout(pending.current);
    pending.current = setTimeout(() => searchAsTyped(typed), SEARCH_AS_TYPED_DELAY_MS);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    clearTimeout(pending.current);
    const typed = text.trim();
    if (typed === '') return;
    setText(typed);
    searchFor(typed);
  };

  return (
    <form className="header-search" role="search" onSubmit={submit}>
      <label className="visually-hidden" htmlFor={id}>
        {t('nav.search.label')}
      </label>
      <SearchIcon />
      <input
        ref={field}
        id={id}
        className="header-search__input"
        type="search"
        name="q"
        value={text}
        onChange={change}
        onFocus={() => setTyping(true)}
        onBlur={() => setTyping(false)}
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
