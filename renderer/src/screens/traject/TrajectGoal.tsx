import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { TrajectSummary } from '../../../../shared/domain/traject';
import { useStudio } from '../../app/studio-context';
import { EditableSection } from '../../components/EditableSection';
import { TrajectForm } from './TrajectForm';
import { localDayOf } from '../../../../shared/domain/local-day';
import type { TrajectFormFields } from './traject-form';

interface TrajectGoalProps {
  traject: TrajectSummary;
  /** Absent: the goal is only shown (an archived dossier, read-only). */
  onSaved?: () => Promise<void>;
}

/** The traject's goal, in the client's words, and correcting the title and goal in place. */
export function TrajectGoal({ traject, onSaved }: TrajectGoalProps) {
  const { t } = useTranslation();
  const studio = useStudio();
  const titleId = useId();
  const goal = traject.goal ? (
    <p className="goal-text">{traject.goal}</p>
  ) : (
    <p className="muted">{t('traject.goal.none')}</p>
  );

  if (!onSaved) {
    return (
      <section className="card page-section" aria-labelledby={titleId}>
        <h3 className="section-title" id={titleId}>
          {t('traject.goal.title')}
        </h3>
        {goal}
      </section>
    );
  }
  return (
    <EditableSection
      title={t('traject.goal.title')}
      editLabel={t('traject.goal.edit')}
      doneLabel={t('traject.goal.done')}
      save={({ startedAt, ...fields }: TrajectFormFields) =>
        // The start moves only when the coach chose another day (not to midnight of the same one).
        studio.traject.update({
          id: traject.id,
          fields:
            startedAt && localDayOf(startedAt) !== localDayOf(traject.startedAt) ? { ...fields, startedAt } : fields,
        })
      }
      onSaved={onSaved}
      form={(props) => (
        <TrajectForm
          title={t('traject.goal.editTitle')}
          submitLabel={t('traject.goal.submit')}
          initial={{ title: traject.title, goal: traject.goal ?? '', startedOn: localDayOf(traject.startedAt) }}
          {...props}
        />
      )}
    >
      {goal}
    </EditableSection>
  );
}
