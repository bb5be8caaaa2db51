import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkProgress } from '../../../shared/domain/work-progress';
import { useStudio } from '../app/studio-context';
import { useDelayedFlag } from '../app/use-delayed-flag';

/** How often the studio is asked while the work runs: often enough to move, rarely enough to cost nothing. */
const POLL_MS = 300;

/**
 * While a long piece of work runs (export, close and archive, backup, restore) and has taken more than a moment:
 * what the studio is doing now, in words, with a bar when it can count. A polite live region, so a screen reader
 * hears each new stage once and the coach can wait calmly.
 */
export function LongWorkProgress({ active }: { active: boolean }) {
  const { t } = useTranslation();
  const studio = useStudio();
  const shown = useDelayedFlag(active, 800);
  const [running, setRunning] = useState<WorkProgress['running']>();

  useEffect(() => {
    if (!shown) return undefined;
    let current = true;
    const ask = () =>
      void studio.app.work({}).then((result) => {
        if (current && result.ok) setRunning(result.value.running);
      });
    ask();
    const timer = setInterval(ask, POLL_MS);
    return () => {
      current = false;
      clearInterval(timer);
      setRunning(undefined);
    };
  }, [shown, studio]);

  const counted = running?.done !== undefined;
  return (
    <div className="long-work" aria-live="polite">
      {shown && running && (
        <>
          <p className="long-work__stage">
            {t(`longWork.stage.${running.stage}`)}
            {counted &&
              (running.total !== undefined
                ? ` ${t('longWork.countOf', { done: running.done, total: running.total })}`
                : ` ${t('longWork.count', { count: running.done })}`)}
          </p>
          <progress
            className="long-work__bar"
            aria-hidden="true"
            {...(running.total ? { max: running.total, value: running.done ?? 0 } : {})}
          />
          <p className="long-work__calm">{t('longWork.calm')}</p>
        </>
      )}
    </div>
  );
}
