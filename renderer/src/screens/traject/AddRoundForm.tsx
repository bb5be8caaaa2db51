import { useId, useLayoutEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../../shared/api/errors';
import type { Catalogue } from '../../../../shared/domain/catalogue';
import type { RoundView } from '../../../../shared/domain/dossier';
import { useStudio } from '../../app/studio-context';
import { useFocusFirstInvalid } from '../../app/use-focus-first-invalid';
import { useFocusOnMount } from '../../app/use-focus-on-mount';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PlusIcon } from '../../components/icons';
import { TextField } from '../../components/TextField';
import type { Language } from '../../i18n/language';
import { checkRound, newAnswer, type RoundDraft, type RoundErrors } from './add-round';
import { AnswerFields } from './AnswerFields';
import { useAskedQuestions } from './asked-questions';
import { toLocalInput } from './received-at';

interface AddRoundFormProps {
  trajectId: string;
  catalogue: Catalogue;
  language: Language;
  onAdded: (round: RoundView) => void;
  onCancel: () => void;
}

/**
 * A new round typed or pasted in: one or more answers, each under a catalogue question or a title of its own,
 * and when the answers came in (now, unless the coach says otherwise). Sent as `round.add`.
 */
export function AddRoundForm({ trajectId, catalogue, language, onAdded, onCancel }: AddRoundFormProps) {
  const { t } = useTranslation();
  const studio = useStudio();
  const ownTitleOnly = catalogue.places.every((place) => place.questions.length === 0);
  const asked = useAskedQuestions(trajectId);
  const nextKey = useRef(1);
  const [draft, setDraft] = useState<RoundDraft>(() => ({
    answers: [newAnswer(0, ownTitleOnly)],
    receivedAt: toLocalInput(Date.now()),
    pasted: false,
  }));
  const [errors, setErrors] = useState<RoundErrors>({ answers: [] });
  const [failure, setFailure] = useState<ApiError | undefined>();
  const [busy, setBusy] = useState(false);
  const titleId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusOnMount(headingRef);
  const focusFirstInvalid = useFocusFirstInvalid(formRef);
  // The answer just added, whose question is where the coach goes next.
  const [focusAnswer, setFocusAnswer] = useState<number | undefined>();
  useLayoutEffect(() => {
    if (focusAnswer === undefined) return;
    formRef.current?.querySelector<HTMLElement>(`[data-answer="${focusAnswer}"] input[type="radio"]`)?.focus();
  }, [focusAnswer]);

  const change = (key: number, patch: Partial<RoundDraft['answers'][number]>) => {
    setDraft((previous) => ({
      ...previous,
      answers: previous.answers.map((answer) => (answer.key === key ? { ...answer, ...patch } : answer)),
    }));
  };
  const add = () => {
    const key = nextKey.current++;
    setDraft((previous) => ({ ...previous, answers: [...previous.answers, newAnswer(key, ownTitleOnly)] }));
    setErrors((previous) => ({ ...previous, answers: [...previous.answers, {}] }));
    setFocusAnswer(key);
  };
  const remove = (index: number) => {
    setDraft((previous) => ({ ...previous, answers: previous.answers.filter((_, at) => at !== index) }));
    setErrors((previous) => ({ ...previous, answers: previous.answers.filter((_, at) => at !== index) }));
    headingRef.current?.focus();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const checked = checkRound(trajectId, draft);
    if (!checked.ok) {
      setErrors(checked.errors);
      focusFirstInvalid();
      return;
    }
    setErrors({ answers: [] });
    setFailure(undefined);
    setBusy(true);
    const result = await studio.round.add(checked.request);
    if (result.ok) return onAdded(result.value);
    setBusy(false);
    setFailure(result.error);
  };

  return (
    <form
      ref={formRef}
      className="form inline-form add-round"
      aria-labelledby={titleId}
      onSubmit={(event) => void submit(event)}
      noValidate
    >
      <div>
        <h4 className="inline-form__title" id={titleId} ref={headingRef} tabIndex={-1}>
          {t('traject.addRound.title')}
        </h4>
        <p className="inline-form__intro">{t('traject.addRound.intro')}</p>
        {ownTitleOnly && <p className="inline-form__intro">{t('traject.addRound.noCatalogue')}</p>}
      </div>
      {draft.answers.map((answer, index) => (
        <AnswerFields
          key={answer.key}
          number={index + 1}
          answer={answer}
          errors={errors.answers[index] ?? {}}
          catalogue={catalogue}
          language={language}
          onChange={(patch) => {
            change(answer.key, patch);
            setErrors((previous) => clearFixed(previous, index, patch));
          }}
          onPasted={() => setDraft((previous) => (previous.pasted ? previous : { ...previous, pasted: true }))}
          onRemove={draft.answers.length > 1 ? () => remove(index) : undefined}
          asked={asked}
        />
      ))}
      <div>
        <button type="button" className="button button--secondary" onClick={add} disabled={draft.answers.length >= 200}>
          <PlusIcon />
          <span>{t('traject.addRound.addAnswer')}</span>
        </button>
      </div>
      <TextField
        label={t('traject.addRound.receivedAt')}
        hint={t('traject.addRound.receivedHint')}
        type="datetime-local"
        value={draft.receivedAt}
        onChange={(receivedAt) => {
          setDraft((previous) => ({ ...previous, receivedAt }));
          setErrors((previous) => ({ ...previous, receivedAt: undefined }));
        }}
        error={errors.receivedAt ? t(`traject.addRound.errors.${errors.receivedAt}`) : undefined}
        className="add-round__received"
      />
      {failure && <ErrorAlert code={failure.code} />}
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? t('traject.addRound.busy') : t('traject.addRound.submit')}
        </button>
        <button type="button" className="button button--quiet" onClick={onCancel} disabled={busy}>
          {t('traject.addRound.cancel')}
        </button>
      </div>
    </form>
  );
}

/** A field the coach has just changed is no longer marked; the rest keep their message until the next try. */
function clearFixed(errors: RoundErrors, index: number, patch: Partial<RoundDraft['answers'][number]>): RoundErrors {
  const current = errors.answers[index];
  if (!current) return errors;
  const next = { ...current };
  if (patch.question !== undefined) {
    delete next.question;
    delete next.title;
  }
  if (patch.title !== undefined) delete next.title;
  if (patch.text !== undefined) delete next.text;
  return { ...errors, answers: errors.answers.map((answer, at) => (at === index ? next : answer)) };
}
