import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../shared/api/errors';
import { useStudio } from '../app/studio-context';
import { ErrorAlert } from './ErrorAlert';

/** The overview of clients and trajects (index.psv) cannot be read, is gone, or is an old copy put back. */
const indexLost = (error: ApiError) =>
  error.code === 'index_damaged' ||
  ((error.code === 'file_missing' || error.code === 'file_rolled_back') && error.params?.file === 'index.psv');

/**
 * A screen that could not read what it shows: the shared sentence for the error, and a way to try again. When what
 * failed is the overview itself, the way out is offered at once: making it again from the dossiers.
 */
export function LoadFailed({ error, onRetry }: { error: ApiError; onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="load-failed">
      <ErrorAlert code={error.code} params={error.params} />
      {indexLost(error) ? (
        <RebuildIndex onRebuilt={onRetry} />
      ) : (
        <button type="button" className="button button--secondary" onClick={onRetry}>
          {t('nav.retry')}
        </button>
      )}
    </div>
  );
}

type RebuildState =
  | { kind: 'idle' | 'busy' }
  | { kind: 'failed'; error: ApiError }
  | { kind: 'done'; clients: number; trajects: number; unnamed: number };

function RebuildIndex({ onRebuilt }: { onRebuilt: () => void }) {
  const { t } = useTranslation();
  const studio = useStudio();
  const [state, setState] = useState<RebuildState>({ kind: 'idle' });
  const rebuild = async () => {
    setState({ kind: 'busy' });
    const result = await studio.vault.rebuildIndex({});
    setState(result.ok ? { kind: 'done', ...result.value } : { kind: 'failed', error: result.error });
  };
  if (state.kind === 'done') {
    // Said before the screen opens again, so the coach knows what happened and what is left to do.
    return (
      <>
        <p role="status">
          {t('health.index.rebuilt', { clients: state.clients, trajects: state.trajects })}
          {state.unnamed > 0 && ` ${t('health.index.unnamed', { count: state.unnamed })}`}
        </p>
        <button type="button" className="button" onClick={onRebuilt}>
          {t('health.index.open')}
        </button>
      </>
    );
  }
  return (
    <>
      <p>{t('health.index.explain')}</p>
      {state.kind === 'failed' && <ErrorAlert code={state.error.code} params={state.error.params} />}
      <button type="button" className="button" disabled={state.kind === 'busy'} onClick={() => void rebuild()}>
        {state.kind === 'busy' ? t('health.index.rebuilding') : t('health.index.rebuild')}
      </button>
    </>
  );
}
