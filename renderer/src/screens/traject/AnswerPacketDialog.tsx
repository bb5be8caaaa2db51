import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError, ApiResult } from '../../../../shared/api/errors';
import type { Catalogue } from '../../../../shared/domain/catalogue';
import { Dialog } from '../../components/Dialog';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormAlert } from '../../components/FormAlert';
import { TextField } from '../../components/TextField';
import type { Language } from '../../i18n/language';
import type { PacketQuestionRequest } from '../../../../shared/packet/packet-page-data';
import { packetQuestions } from './answer-packet';
import { useAskedQuestions } from './asked-questions';
import { AskedMark } from './AskedMark';

/** What the coach chose: the questions, the note, the page's language. */
export interface ChosenPacket {
  questions: PacketQuestionRequest[];
  note?: string;
  language: Language;
}

interface AnswerPacketDialogProps<Made> {
  catalogue: Catalogue;
  /** The client's language: the packet's, unless the coach chooses the other one. */
  language: Language;
  /** Makes what the packet is for: the page itself, or a reply's e-mail draft with it attached. */
  make: (packet: ChosenPacket) => Promise<ApiResult<Made>>;
  onClose: () => void;
  onMade: (made: Made) => void;
  /** The packet goes with a reply's e-mail: its own title and button, and always in the client's language. */
  withReply?: boolean;
  /** The traject the packet is for: questions its client answered before are marked. */
  trajectId: string;
}

const LANGUAGES: Language[] = ['nl', 'en'];

/**
 * "Antwoordpakket maken": questions chosen by place (shown in the packet's language, as the client will read
 * them) or typed, a personal note and the language; the studio makes the HTML page and the coach saves it.
 */
export function AnswerPacketDialog<Made>({
  catalogue,
  language,
  make,
  onClose,
  onMade,
  withReply = false,
  trajectId,
}: AnswerPacketDialogProps<Made>) {
  const { t } = useTranslation();
  const asked = useAskedQuestions(trajectId);
  const titleId = useId();
  const introId = useId();
  const [packetLanguage, setPacketLanguage] = useState<Language>(language);
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [own, setOwn] = useState<string[]>([]);
  const [ownDraft, setOwnDraft] = useState('');
  const [ownEmpty, setOwnEmpty] = useState(false);
  const [note, setNote] = useState('');
  const [noQuestions, setNoQuestions] = useState(false);
  const [failure, setFailure] = useState<ApiError | undefined>();
  const [busy, setBusy] = useState(false);
  // A question still in the field counts as added: the coach should not lose it to a missed button.
  const questions = packetQuestions(catalogue, chosen, [...own, ownDraft]);

  const toggle = (questionId: string, on: boolean) => {
    setChosen((current) => {
      const next = new Set(current);
      if (on) next.add(questionId);
      else next.delete(questionId);
      return next;
    });
    setNoQuestions(false);
  };

  const addOwn = () => {
    const text = ownDraft.trim();
    setOwnEmpty(text === '');
    if (!text) return;
    setOwn((current) => [...current, text]);
    setOwnDraft('');
    setNoQuestions(false);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    if (questions.length === 0) return setNoQuestions(true);
    setBusy(true);
    setFailure(undefined);
    const trimmedNote = note.trim();
    const result = await make({ questions, language: packetLanguage, ...(trimmedNote ? { note: trimmedNote } : {}) });
    setBusy(false);
    if (result.ok) onMade(result.value);
    else setFailure(result.error);
  };

  return (
    <Dialog
      titleId={titleId}
      describedBy={introId}
      onClose={busy ? () => undefined : onClose}
      className="packet-dialog"
    >
      <form className="form" onSubmit={(event) => void submit(event)} noValidate>
        <h2 className="dialog__title" id={titleId}>
          {withReply ? t('packet.withReplyTitle') : t('packet.dialogTitle')}
        </h2>
        <p className="dialog__body" id={introId}>
          {withReply ? t('packet.withReplyIntro') : t('packet.dialogIntro')}
        </p>

        <fieldset className="packet-dialog__language" hidden={withReply}>
          <legend className="field__label">{t('packet.language')}</legend>
          {LANGUAGES.map((option) => (
            <label key={option} className="checkbox">
              <input
                type="radio"
                name="packet-language"
                value={option}
                checked={packetLanguage === option}
                onChange={() => setPacketLanguage(option)}
              />
              <span lang={option}>{t(`packet.languages.${option}`)}</span>
            </label>
          ))}
        </fieldset>

        <div className="packet-dialog__questions">
          {catalogue.places.map((place) => (
            <fieldset key={place.id} className="packet-dialog__place">
              <legend className="packet-dialog__place-name" lang={packetLanguage}>
                {place.name[packetLanguage]}
              </legend>
              {place.questions.map((question) => (
                <label key={question.id} className="checkbox packet-dialog__question">
                  <input
                    type="checkbox"
                    checked={chosen.has(question.id)}
                    onChange={(event) => toggle(question.id, event.target.checked)}
                  />
                  <span>
                    <span lang={packetLanguage}>{question.text[packetLanguage]}</span>
                    <AskedMark at={asked.get(question.id)} />
                  </span>
                </label>
              ))}
            </fieldset>
          ))}
        </div>

        <TextField
          label={t('packet.ownQuestion')}
          hint={t('packet.ownQuestionHint')}
          value={ownDraft}
          onChange={(value) => {
            setOwnDraft(value);
            setOwnEmpty(false);
          }}
          multiline
          rows={2}
          error={ownEmpty ? t('packet.ownEmpty') : undefined}
        />
        <div>
          <button type="button" className="button button--secondary" onClick={addOwn}>
            {t('packet.addOwn')}
          </button>
        </div>
        {own.length > 0 && (
          <ul className="packet-dialog__own">
            {own.map((question, index) => (
              <li key={`${index}-${question}`}>
                <span lang={packetLanguage}>{question}</span>
                <button
                  type="button"
                  className="link-button"
                  aria-label={t('packet.removeOwn', { question })}
                  onClick={() => setOwn((current) => current.filter((_, at) => at !== index))}
                >
                  {t('packet.remove')}
                </button>
              </li>
            ))}
          </ul>
        )}

        <p className="packet-dialog__count" role="status">
          {t('packet.chosen', { count: questions.length })}
        </p>

        <TextField
          label={t('packet.note')}
          optionalLabel={t('packet.optional')}
          hint={t('packet.noteHint')}
          value={note}
          onChange={setNote}
          multiline
          rows={4}
          maxLength={4_000}
        />

        {noQuestions && <FormAlert>{t('packet.noQuestions')}</FormAlert>}
        {failure && <ErrorAlert code={failure.code} params={failure.params} />}
        <div className="dialog__actions">
          <button type="submit" className="button button--primary" disabled={busy}>
            {busy ? t('packet.busy') : withReply ? t('packet.withReplySubmit') : t('packet.submit')}
          </button>
          <button type="button" className="button button--secondary" onClick={onClose} disabled={busy}>
            {t('packet.cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
