import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { TrajectSummary } from '../../../../shared/domain/traject';
import { useDateFormat } from '../../app/format-date';
import { Link, navigate, paths } from '../../app/router';
import { useStudio } from '../../app/studio-context';
import { useDisclosure } from '../../app/use-disclosure';
import { PlusIcon } from '../../components/icons';
import { TrajectForm } from '../traject/TrajectForm';
import type { TrajectFormFields } from '../traject/traject-form';

/** A client's trajects, active ones first, and starting a new one (which then opens). */
export function ClientTrajects({ clientId, trajects }: { clientId: string; trajects: TrajectSummary[] }) {
  const { t } = useTranslation();
  const studio = useStudio();
  const format = useDateFormat();
  const { open: starting, show, hide, openerRef } = useDisclosure();
  const titleId = useId();
  const ordered = [...trajects].sort(
    (a, b) => Number(a.status !== 'active') - Number(b.status !== 'active') || b.startedAt.localeCompare(a.startedAt),
  );

  const start = async (fields: TrajectFormFields) => {
    const result = await studio.traject.add({
      clientId,
      title: fields.title,
      ...(fields.goal ? { goal: fields.goal } : {}),
      ...(fields.startedAt ? { startedAt: fields.startedAt } : {}),
    });
    if (result.ok) navigate(paths.traject(result.value.id));
    return result;
  };

  return (
    <section className="card page-section" aria-labelledby={titleId}>
      <div className="section-header section-header--with-action">
        <h3 className="section-title" id={titleId}>
          {t('clients.screen.trajects')}
        </h3>
        {!starting && (
          <button ref={openerRef} type="button" className="button button--primary" onClick={show}>
            <PlusIcon />
            <span>{t('clients.startTraject.open')}</span>
          </button>
        )}
      </div>
      {starting && (
        <div className="inline-form-card">
          <TrajectForm
            title={t('clients.startTraject.title')}
            submitLabel={t('clients.startTraject.submit')}
            initial={{ title: '', goal: '', startedOn: '' }}
            hints={{ title: t('clients.startTraject.titleHint'), goal: t('clients.startTraject.goalHint') }}
            onSubmit={start}
            onCancel={hide}
          />
        </div>
      )}
      {ordered.length === 0 ? (
        !starting && <p className="muted">{t('clients.screen.noTrajects')}</p>
      ) : (
        <ul className="traject-list">
          {ordered.map((traject) => (
            <li key={traject.id} className="traject-list__item">
              <Link to={paths.traject(traject.id)} className="traject-list__title">
                {traject.title}
              </Link>
              <span className={`tag tag--${traject.status}`}>{t(`clients.status.${traject.status}`)}</span>
              <span className="traject-list__meta">
                {t('clients.screen.startedOn', { date: format.date(traject.startedAt) })}
                {' · '}
                {t('clients.directory.rounds', { count: traject.rounds })}
              </span>
              {traject.status === 'active' && traject.awaiting.length > 0 && (
                <span className="traject-chip__awaiting">
                  {t('clients.directory.awaiting', { count: traject.awaiting.length })}
                </span>
              )}
              {traject.goal && <p className="traject-list__goal">{traject.goal}</p>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
