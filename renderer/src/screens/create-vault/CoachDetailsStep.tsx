import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../../shared/api/errors';
import { useFocusOnMount } from '../../app/use-focus-on-mount';
import { useStudio } from '../../app/studio-context';
import { ErrorAlert } from '../../components/ErrorAlert';
import { UserIcon } from '../../components/icons';
import { StatePanel } from '../../components/StatePanel';
import { CoachFields, coachProblems } from '../settings/CoachFields';

/**
 * The last step of a new vault: who the coach is. The name goes into the signature of every PDF and the practice
 * and e-mail address onto the client's pages; all three can wait ("Later invullen"), and the dashboard then
 * reminds the coach. The same checks as Settings → Uw gegevens; an error goes as soon as it is corrected.
 */
export function CoachDetailsStep({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const studio = useStudio();
  const id = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useFocusOnMount(headingRef);
  const [coach, setCoach] = useState({ name: '', practice: '', email: '' });
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<ApiError | undefined>();

  const problems = coachProblems(coach, { nameRequired: true });
  const edit = (field: keyof typeof coach, value: string) => setCoach((current) => ({ ...current, [field]: value }));

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (busy || Object.values(problems).some((problem) => problem !== undefined)) return;
    setBusy(true);
    const trimmed = { name: coach.name.trim(), practice: coach.practice.trim(), email: coach.email.trim() };
    const result = await studio.settings.update({ coach: trimmed });
    setBusy(false);
    if (result.ok) onDone();
    else setFailure(result.error);
  };

  return (
    <section className="card vault-card" aria-labelledby={`${id}-title`}>
      <StatePanel
        tone="accent"
        icon={<UserIcon />}
        title={t('coachDetails.title')}
        titleId={`${id}-title`}
        headingRef={headingRef}
        body={<p className="state-panel__body">{t('coachDetails.body')}</p>}
      >
        <form className="form" onSubmit={(event) => void save(event)} noValidate>
          <CoachFields
            coach={coach}
            onChange={edit}
            problems={problems}
            tried={tried}
            hints={{ name: t('coachDetails.nameHint'), email: t('coachDetails.emailHint') }}
          />
          {failure && <ErrorAlert code={failure.code} params={failure.params} />}
          <div className="form__actions">
            <button type="submit" className="button button--primary" disabled={busy}>
              {t('coachDetails.save')}
            </button>
            <button type="button" className="button button--quiet" onClick={onDone} disabled={busy}>
              {t('coachDetails.later')}
            </button>
          </div>
        </form>
      </StatePanel>
    </section>
  );
}
