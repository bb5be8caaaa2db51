import { useEffect, useId, useState, type FormEvent } from 'react';
import { LongWorkProgress } from '../../components/LongWorkProgress';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../../shared/api/errors';
import { RETENTION_YEARS_MAX, RETENTION_YEARS_MIN } from '../../../../shared/domain/archive';
import type { RoundView } from '../../../../shared/domain/dossier';
import { navigate, paths } from '../../app/router';
import { useStudio } from '../../app/studio-context';
import { Dialog } from '../../components/Dialog';
import { ErrorAlert } from '../../components/ErrorAlert';
import { AlertIcon } from '../../components/icons';
import { TextField } from '../../components/TextField';

/**
 * "Traject afsluiten": a confirmation with the retention period (the settings' default), then the studio signs
 * the final dossier, archives the traject and takes it off the active list; the coach lands in the archive. Rounds
 * without a finished reply (an unfinished draft, or nothing at all) are listed first: closing ends them for good.
 */
export function CloseTrajectCard({ trajectId, rounds }: { trajectId: string; rounds: readonly RoundView[] }) {
  const { t } = useTranslation();
  const studio = useStudio();
  const titleId = useId();
  const dialogTitleId = useId();
  const [open, setOpen] = useState(false);
  const [years, setYears] = useState('');
  const [invalid, setInvalid] = useState(false);
  const [failure, setFailure] = useState<ApiError | undefined>();
  const [busy, setBusy] = useState(false);
  const unfinished = rounds.filter((round) => !round.reply && !round.answeredOutside);

  useEffect(() => {
    if (!open) return;
    void studio.settings.get({}).then((result) => {
      if (result.ok) setYears((current) => current || String(result.value.retentionYears));
    });
  }, [open, studio]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const retentionYears = Number(years);
    const valid =
      /^\d+$/.test(years.trim()) && retentionYears >= RETENTION_YEARS_MIN && retentionYears <= RETENTION_YEARS_MAX;
    setInvalid(!valid);
    if (!valid || busy) return;
    setBusy(true);
    setFailure(undefined);
    const result = await studio.traject.close({ id: trajectId, retentionYears });
    if (result.ok) return navigate(paths.archive());
    setBusy(false);
    setFailure(result.error);
  };

  return (
    <section className="card page-section" aria-labelledby={titleId}>
      <h3 className="section-title" id={titleId}>
        {t('archive.close.title')}
      </h3>
      <p className="section-intro">{t('archive.close.intro')}</p>
      <div>
        <button type="button" className="button button--secondary" onClick={() => setOpen(true)}>
          {t('archive.close.open')}
        </button>
      </div>
      {open && (
        <Dialog titleId={dialogTitleId} onClose={busy ? () => undefined : () => setOpen(false)}>
          <form className="form" onSubmit={(event) => void submit(event)} noValidate>
            <h2 className="dialog__title" id={dialogTitleId}>
              {t('archive.close.title')}
            </h2>
            {unfinished.length > 0 && (
              <div className="dialog__warning">
                <AlertIcon />
                <div>
                  <p>{t('archive.close.openRounds', { count: unfinished.length })}</p>
                  <ul>
                    {unfinished.map((round) => (
                      <li key={round.id}>
                        {t(round.draft ? 'archive.close.roundWithDraft' : 'archive.close.roundWithoutReply', {
                          number: round.number,
                        })}
                      </li>
                    ))}
                  </ul>
                </div>
              </div>
            )}
            <p className="dialog__body">{t('archive.close.warning')}</p>
            <TextField
              label={t('archive.close.retention')}
              hint={t('archive.close.retentionHint')}
              value={years}
              onChange={setYears}
              inputMode="numeric"
              error={invalid ? t('archive.close.retentionInvalid') : undefined}
            />
            {failure && <ErrorAlert code={failure.code} params={failure.params} />}
            <LongWorkProgress active={busy} />
            <div className="dialog__actions">
              <button type="submit" className="button button--primary" disabled={busy}>
                {busy
                  ? t('archive.close.busy')
                  : unfinished.length > 0
                    ? t('archive.close.confirmAnyway')
                    : t('archive.close.confirm')}
              </button>
              <button type="button" className="button button--secondary" onClick={() => setOpen(false)} disabled={busy}>
                {t('archive.close.cancel')}
              </button>
            </div>
          </form>
        </Dialog>
      )}
    </section>
  );
}
