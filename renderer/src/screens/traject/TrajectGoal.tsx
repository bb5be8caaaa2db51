import { useTranslation } from 'react-i18next';
import type { TrajectSummary } from '../../../../shared/domain/traject';
import { useStudio } from '../../app/studio-context';
import { EditableSection } from '../../components/EditableSection';
import { TrajectForm } from './TrajectForm';

/** The traject's goal, in the client's words, and correcting the title and goal in place. */
export function TrajectGoal({ traject, onSaved }: { traject: TrajectSummary; onSaved: () => Promise<void> }) {
  const { t } = useTranslation();
  const studio = useStudio();

  return (
    <EditableSection
      title={t('traject.goal.title')}
      editLabel={t('traject.goal.edit')}
      doneLabel={t('traject.goal.done')}
      save={(fields: { title: string; goal: string }) => studio.traject.update({ id: traject.id, fields })}
      onSaved={onSaved}
      form={(props) => (
        <TrajectForm
          title={t('traject.goal.editTitle')}
          submitLabel={t('traject.goal.submit')}
          initial={{ title: traject.title, goal: traject.goal ?? '' }}
          {...props}
        />
      )}
    >
      {traject.goal ? <p className="goal-text">{traject.goal}</p> : <p className="muted">{t('traject.goal.none')}</p>}
    </EditableSection>
  );
}
