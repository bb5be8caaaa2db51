import { useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../../shared/api/errors';
import { useDelayedFlag } from '../../app/use-delayed-flag';
import { AlertIcon, ShieldIcon } from '../../components/icons';
import { StatePanel } from '../../components/StatePanel';

/** Answers faster than this (nearly all of them) show no loading message at all. */
export const LOADING_MESSAGE_DELAY_MS = 400;

export type WelcomeView = { kind: 'loading' } | { kind: 'failed'; error: ApiError } | { kind: 'welcome' };

export interface WelcomeScreenProps {
  view: WelcomeView;
  onRetry: () => void;
  /** The coach asked to create a vault. */
  onCreate: () => void;
  /** The coach asked to restore a backup instead (a new computer, a lost or broken one). */
  onRestore: () => void;
  /** Put the focus on the heading at once (when the coach came back here from the create screen). */
  focusHeading?: boolean;
}

/**
 * The first screen: what the studio is, and the next step: create a vault, or restore one from a backup (or
 * retry a failed start).
 */
export function WelcomeScreen({ view, onRetry, onCreate, onRestore, focusHeading = false }: WelcomeScreenProps) {
  const { t } = useTranslation();
  const loadingMessageShown = useDelayedFlag(view.kind === 'loading', LOADING_MESSAGE_DELAY_MS);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const focusWhenSettled = useRef(focusHeading);

  useLayoutEffect(() => {
    if (view.kind === 'loading' || !focusWhenSettled.current) return;
    focusWhenSettled.current = false;
    headingRef.current?.focus();
  }, [view]);

  const handleRetry = () => {
    focusWhenSettled.current = true;
    onRetry();
  };

  const shownState = view.kind === 'welcome' ? 'none' : view.kind === 'failed' ? 'error' : 'loading';

  return (
    <section className="card welcome-card" aria-busy={view.kind === 'loading'} data-welcome-state={shownState}>
      {view.kind === 'loading' && (
        <p role="status" className="welcome-card__loading">
          {loadingMessageShown && (
            <>
              <span className="loading-dots" aria-hidden="true">
                <span />
                <span />
                <span />
              </span>
              {t('welcome.loading')}
            </>
          )}
        </p>
      )}

      {view.kind === 'failed' && (
        <StatePanel
          tone="danger"
          icon={<AlertIcon />}
          title={t('welcome.error.title')}
          headingRef={headingRef}
          body={
            <p className="state-panel__body" role="alert">
              {t(`errors.${view.error.code}`)}
            </p>
          }
        >
          <button type="button" className="button button--primary" onClick={handleRetry}>
            {t('welcome.error.retry')}
          </button>
        </StatePanel>
      )}

      {view.kind === 'welcome' && (
        <StatePanel
          tone="accent"
          icon={<ShieldIcon />}
          title={t('welcome.none.title')}
          headingRef={headingRef}
          body={<p className="state-panel__body">{t('welcome.none.body')}</p>}
        >
          <button type="button" className="button button--primary" onClick={onCreate}>
            {t('welcome.none.action')}
          </button>
          <p className="state-panel__note">{t('welcome.none.note')}</p>
          <button type="button" className="link-button" onClick={onRestore}>
            {t('backup.restore.start')}
          </button>
        </StatePanel>
      )}
    </section>
  );
}
