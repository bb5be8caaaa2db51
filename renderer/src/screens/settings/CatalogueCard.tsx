import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Catalogue } from '../../../../shared/domain/catalogue';
import { useStudio } from '../../app/studio-context';
import { useOpenSet } from '../../app/use-open-set';
import {
  catalogueProblems,
  fromDraft,
  newPlace,
  newQuestion,
  savedIntoDraft,
  toDraft,
  type DraftPlace,
} from './catalogue-draft';
import { CatalogueImport } from './CatalogueImport';
import { PlaceEditor } from './PlaceEditor';
import { SettingsCard } from './SettingsCard';
import { useSectionSave } from './use-section-save';

/**
 * The question catalogue: places and their questions, in Dutch and English, edited here and saved as a whole
 * (`catalogue.save`); or extended from a file (`catalogue.import`).
 */
export function CatalogueCard({
  catalogue,
  onReload,
}: {
  catalogue: Catalogue;
  onReload: () => Promise<Catalogue | undefined>;
}) {
  const { t } = useTranslation();
  const studio = useStudio();
  const [places, setPlaces] = useState<DraftPlace[]>(() => toDraft(catalogue));
  const { open, setOpen, toggle } = useOpenSet<string>();
  const [focusPath, setFocusPath] = useState<string | null>(null);
  const section = useSectionSave<Catalogue>();
  const problems = catalogueProblems(places);

  const change = (next: DraftPlace[]) => {
    setPlaces(next);
    section.edited();
  };

  const save = async () => {
    if (problems.size > 0) {
      // A place with a problem opens, so every marked field can be seen and reached.
      const withProblems = places.filter((place) =>
        [...problems.keys()].some(
          (path) =>
            path.startsWith(`${place.key}.`) || place.questions.some((question) => path.startsWith(`${question.key}.`)),
        ),
      );
      setOpen((current) => new Set([...current, ...withProblems.map((place) => place.key)]));
    }
    const saved = await section.save(problems.size === 0, () => studio.catalogue.save(fromDraft(places)));
    if (saved) setPlaces((current) => savedIntoDraft(current, saved));
  };

  return (
    <SettingsCard
      title={t('settings.catalogue.title')}
      intro={t('settings.catalogue.body')}
      status={section.status}
      saveLabel={t('settings.catalogue.saveCatalogue')}
      onSave={() => void save()}
      after={
        <CatalogueImport
          onImported={async () => {
            const fresh = await onReload();
            if (fresh) {
              setPlaces(toDraft(fresh));
              setOpen(new Set());
            }
          }}
        />
      }
    >
      {places.length === 0 && <p className="settings-card__note">{t('settings.catalogue.empty')}</p>}
      <div className="place-list">
        {places.map((place, index) => (
          <PlaceEditor
            key={place.key}
            place={place}
            number={index + 1}
            open={open.has(place.key)}
            onToggle={(isOpen) => toggle(place.key, isOpen)}
            onChange={(next) => change(places.map((candidate) => (candidate.key === place.key ? next : candidate)))}
            onAddQuestion={() => {
              const added = newQuestion(places);
              change(
                places.map((candidate) =>
                  candidate.key === place.key
                    ? { ...candidate, questions: [...candidate.questions, added] }
                    : candidate,
                ),
              );
              setFocusPath(`${added.key}.text.nl`);
            }}
            onRemove={() => change(places.filter((candidate) => candidate.key !== place.key))}
            problems={problems}
            showProblems={section.tried}
            focusPath={focusPath}
            onFocused={() => setFocusPath(null)}
          />
        ))}
      </div>
      <p className="settings-card__note">{t('settings.catalogue.removedNote')}</p>
      <div>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            const added = newPlace(places, '');
            change([...places, added]);
            toggle(added.key, true);
            setFocusPath(`${added.key}.name.nl`);
          }}
        >
          {t('settings.catalogue.addPlace')}
        </button>
      </div>
    </SettingsCard>
  );
}
