import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PASSIE_KEYS, PASSIE_LETTERS, type PassieKey } from '../../../../shared/domain/passie';
import type { Settings } from '../../../../shared/domain/settings';
import { MAX_PHRASE_LENGTH, MAX_PHRASES_PER_BLOCK } from '../../../../shared/domain/snippets';
import { useStudio } from '../../app/studio-context';
import { useOpenSet } from '../../app/use-open-set';
import { TextField } from '../../components/TextField';
import type { Language } from '../../i18n/language';
import { SettingsCard } from './SettingsCard';
import { movePhrase, removePhrase, replacePhrase } from './snippet-list';
import { useSectionSave } from './use-section-save';
import { checkText, problemText, type FieldProblem } from './validation';
import { useLanguage } from '../../i18n/use-language';

type Banks = Settings['snippets'];
const LANGUAGES: readonly Language[] = ['nl', 'en'];

function phraseProblem(phrase: string): FieldProblem | undefined {
  if (phrase.trim() === '') return { key: 'phraseEmpty' };
  return checkText(phrase, { required: true, max: MAX_PHRASE_LENGTH });
}

/**
 * The coach's phrase bank: per language, per block, a list to add to, edit, reorder and prune. Each block folds
 * away (a details element) so seven lists in two languages stay a calm page.
 */
export function SnippetsCard({ settings, onSaved }: { settings: Settings; onSaved: (next: Settings) => void }) {
  const { t } = useTranslation();
  const studio = useStudio();
  const [banks, setBanks] = useState<Banks>(settings.snippets);
  const [language, setLanguage] = useState<Language>(useLanguage());
  const { open, setOpen, toggle } = useOpenSet<PassieKey>();
  const fields = useRef(new Map<string, HTMLTextAreaElement | null>());
  const section = useSectionSave<Settings>();
  const labels = settings.passieLabels[language];

  const invalid = LANGUAGES.flatMap((lang) =>
    PASSIE_KEYS.filter((key) => banks[lang][key].some((phrase) => phraseProblem(phrase) !== undefined)).map(
      (key) => [lang, key] as const,
    ),
  );

  const update = (key: PassieKey, change: (list: readonly string[]) => string[]) => {
    setBanks((current) => ({
      ...current,
      [language]: { ...current[language], [key]: change(current[language][key]) },
    }));
    section.edited();
  };

  const focusPhrase = (key: PassieKey, index: number) => {
    // After the list re-renders: the field that now holds the phrase (or the new one) takes the focus.
    requestAnimationFrame(() => fields.current.get(`${language}:${key}:${index}`)?.focus());
  };

  const save = async () => {
    if (invalid.length > 0) {
      // Show every list with a problem, in the language of the first one.
      setLanguage(invalid[0]![0]);
      setOpen(
        (current) =>
          new Set([...current, ...invalid.filter(([lang]) => lang === invalid[0]![0]).map(([, key]) => key)]),
      );
    }
    const trimmed = Object.fromEntries(
      LANGUAGES.map((lang) => [
        lang,
        Object.fromEntries(PASSIE_KEYS.map((key) => [key, banks[lang][key].map((phrase) => phrase.trim())])),
      ]),
    ) as Banks;
    const next = await section.save(invalid.length === 0, () => studio.settings.update({ snippets: trimmed }));
    if (next) {
      setBanks(next.snippets);
      onSaved(next);
    }
  };

  return (
    <SettingsCard
      title={t('settings.snippets.title')}
      intro={t('settings.snippets.body')}
      status={section.status}
      onSave={() => void save()}
    >
      <fieldset className="choice-group choice-group--inline">
        <legend className="choice-group__legend">{t('settings.snippets.languageLegend')}</legend>
        {LANGUAGES.map((lang) => (
          <label key={lang} className="choice">
            <input
              type="radio"
              name="snippet-language"
              value={lang}
              checked={language === lang}
              onChange={() => setLanguage(lang)}
            />
            <span>{t(`settings.labels.${lang}`)}</span>
          </label>
        ))}
      </fieldset>
      <div className="snippet-blocks">
        {PASSIE_KEYS.map((key) => {
          const list = banks[language][key];
          return (
            <details
              key={key}
              className="snippet-block"
              data-passie-key={key}
              open={open.has(key)}
              onToggle={(event) => {
                toggle(key, event.currentTarget.open);
              }}
            >
              <summary className="snippet-block__summary">
                <span className="snippet-block__letter" aria-hidden="true">
                  {PASSIE_LETTERS[key]}
                </span>
                <span className="snippet-block__label">
                  <span className="visually-hidden">{PASSIE_LETTERS[key]} — </span>
                  {labels[key]}
                </span>
                <span className="snippet-block__count">{t('settings.snippets.count', { count: list.length })}</span>
              </summary>
              <div className="snippet-block__body">
                {list.length === 0 && <p className="settings-card__note">{t('settings.snippets.none')}</p>}
                <ol className="snippet-list">
                  {list.map((phrase, index) => {
                    const number = index + 1;
                    const action = (name: 'moveUp' | 'moveDown' | 'remove') =>
                      t('settings.snippets.phraseActions', { number, action: t(`settings.snippets.${name}`) });
                    return (
                      <li key={index} className="snippet-list__item">
                        <TextField
                          label={t('settings.snippets.phrase', { number })}
                          value={phrase}
                          multiline
                          rows={2}
                          maxLength={MAX_PHRASE_LENGTH + 50}
                          fieldRef={(element) => {
                            fields.current.set(`${language}:${key}:${index}`, element);
                          }}
                          onChange={(value) => update(key, (current) => replacePhrase(current, index, value))}
                          error={section.tried ? problemText(t, phraseProblem(phrase)) : undefined}
                        />
                        <div className="snippet-list__actions">
                          <button
                            type="button"
                            className="button button--quiet button--small"
                            aria-label={action('moveUp')}
                            disabled={index === 0}
                            onClick={() => {
                              update(key, (current) => movePhrase(current, index, index - 1));
                              focusPhrase(key, index - 1);
                            }}
                          >
                            {t('settings.snippets.moveUp')}
                          </button>
                          <button
                            type="button"
                            className="button button--quiet button--small"
                            aria-label={action('moveDown')}
                            disabled={index === list.length - 1}
                            onClick={() => {
                              update(key, (current) => movePhrase(current, index, index + 1));
                              focusPhrase(key, index + 1);
                            }}
                          >
                            {t('settings.snippets.moveDown')}
                          </button>
                          <button
                            type="button"
                            className="button button--quiet button--small"
                            aria-label={action('remove')}
                            onClick={() => {
                              update(key, (current) => removePhrase(current, index));
                              focusPhrase(key, Math.min(index, list.length - 2));
                            }}
                          >
                            {t('settings.snippets.remove')}
                          </button>
                        </div>
                      </li>
                    );
                  })}
                </ol>
                <button
                  type="button"
                  className="button button--secondary button--small"
                  disabled={list.length >= MAX_PHRASES_PER_BLOCK}
                  onClick={() => {
                    update(key, (current) => [...current, '']);
                    focusPhrase(key, list.length);
                  }}
                >
                  {t('settings.snippets.add')}
                </button>
              </div>
            </details>
          );
        })}
      </div>
    </SettingsCard>
  );
}
