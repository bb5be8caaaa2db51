import { useId, useRef, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorCode } from '../../../../shared/api/errors';
import { CatalogueSchema } from '../../../../shared/domain/catalogue';
import { useStudio } from '../../app/studio-context';
import { ErrorAlert } from '../../components/ErrorAlert';
import { CheckIcon } from '../../components/icons';

/** A catalogue file is a few kilobytes; anything near this is not one. */
const MAX_FILE_BYTES = 2 * 1024 * 1024;

type Outcome =
  { kind: 'busy' } | { kind: 'done'; places: number; questions: number } | { kind: 'failed'; code: ErrorCode };

/** Reads the coach's JSON file here, checks it against the catalogue's shape, and only then hands it to the studio. */
export async function readCatalogueFile(file: Pick<File, 'size' | 'text'>): Promise<unknown> {
  if (file.size > MAX_FILE_BYTES) throw Object.assign(new Error('too large'), { code: 'payload_too_large' });
  const parsed = CatalogueSchema.safeParse(JSON.parse(await file.text()));
  if (!parsed.success) throw Object.assign(new Error('not a catalogue'), { code: 'catalogue_invalid' });
  return parsed.data;
}

/** "Catalogus importeren": a file input that adds or updates places and questions, then shows the new catalogue. */
export function CatalogueImport({ onImported }: { onImported: () => Promise<void> }) {
  const { t } = useTranslation();
  const studio = useStudio();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    setOutcome({ kind: 'busy' });
    let catalogue: unknown;
    try {
      catalogue = await readCatalogueFile(file);
    } catch (error) {
      const code = (error as { code?: ErrorCode }).code ?? 'catalogue_invalid';
      setOutcome({ kind: 'failed', code });
      input.value = '';
      return;
    }
    const result = await studio.catalogue.import(catalogue as Parameters<typeof studio.catalogue.import>[0]);
    input.value = '';
    if (!result.ok) {
      setOutcome({
        kind: 'failed',
        code: result.error.code === 'invalid_request' ? 'catalogue_invalid' : result.error.code,
      });
      return;
    }
    await onImported();
    setOutcome({ kind: 'done', ...result.value });
  };

  return (
    <div className="catalogue-import">
      <h4 className="catalogue-import__title" id={id}>
        {t('settings.catalogue.import')}
      </h4>
      <p className="field__hint" id={`${id}-hint`}>
        {t('settings.catalogue.importHint')}
      </p>
      {/* The browser's own file button speaks the system's language; this one speaks the studio's. */}
      <div>
        <button
          type="button"
          className="button button--secondary"
          aria-describedby={`${id}-hint`}
          disabled={outcome?.kind === 'busy'}
          onClick={() => input.current?.click()}
        >
          {t('settings.catalogue.chooseFile')}
        </button>
      </div>
      <input
        ref={input}
        className="visually-hidden"
        type="file"
        accept="application/json,.json"
        tabIndex={-1}
        aria-labelledby={id}
        onChange={(event) => void onFile(event)}
      />
      <div role="status" className="settings-card__outcome">
        {outcome?.kind === 'busy' && t('settings.catalogue.importing')}
        {outcome?.kind === 'done' && (
          <span className="settings-card__saved">
            <CheckIcon />
            {t('settings.catalogue.imported', {
              places: t('settings.catalogue.places', { count: outcome.places }),
              questions: t('settings.catalogue.questions', { count: outcome.questions }),
            })}
          </span>
        )}
      </div>
      {outcome?.kind === 'failed' && <ErrorAlert code={outcome.code} />}
    </div>
  );
}
