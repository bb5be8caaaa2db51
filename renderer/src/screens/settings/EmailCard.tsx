import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  DEFAULT_EMAIL_SETTINGS,
  TEMPLATE_FIELDS,
  type EmailSettings,
  type EmailTemplate,
  type TemplateValues,
} from '../../../../shared/domain/email-settings';
import { emptyReplyBlocks } from '../../../../shared/domain/passie';
import { richTextFromPlain } from '../../../../shared/domain/rich-text';
import { EMAIL_TEXT_LIMITS } from '../../../../shared/domain/settings-checks';
import { emailSettingsOf, type Settings } from '../../../../shared/domain/settings';
import { replyMessage } from '../../../../shared/email/reply-message';
import { useStudio } from '../../app/studio-context';
import { TextField } from '../../components/TextField';
import type { Language } from '../../i18n/language';
import { useLanguage } from '../../i18n/use-language';
import { SettingsCard } from './SettingsCard';
import { useSectionSave } from './use-section-save';
import { checkText, problemText } from './validation';

const LANGUAGES: readonly Language[] = ['nl', 'en'];
type TemplatePart = keyof EmailTemplate;
const TEMPLATE_PARTS: readonly TemplatePart[] = ['subject', 'greeting', 'signOff'];
/** What each of TEMPLATE_FIELDS stands for, in the same order. */
const FIELD_MEANINGS: readonly (keyof TemplateValues)[] = [
  'firstName',
  'name',
  'round',
  'traject',
  'coach',
  'practice',
];
/** Room to type past the limit, so the coach is told rather than silently cut off. */
const TYPING_ROOM = 50;

function trimmedTemplate(template: EmailTemplate): EmailTemplate {
  return { subject: template.subject.trim(), greeting: template.greeting.trim(), signOff: template.signOff.trim() };
}

/**
 * How a reply reads as e-mail: subject, greeting and sign-off per language of the client, one signature, block
 * headings or not; with the fields the templates may use, and an example of the result as it is being typed.
 */
export function EmailCard({ settings, onSaved }: { settings: Settings; onSaved: (next: Settings) => void }) {
  const { t, i18n } = useTranslation();
  const studio = useStudio();
  const screenLanguage = useLanguage();
  const [email, setEmail] = useState<EmailSettings>(() => emailSettingsOf(settings));
  const [exampleLanguage, setExampleLanguage] = useState<Language>(screenLanguage);
  const [reset, setReset] = useState(false);
  const section = useSectionSave<Settings>();
  const exampleName = useId();
  const headingsHintId = useId();
  const exampleCaptionId = useId();

  const partProblem = (language: Language, part: TemplatePart) =>
    checkText(email[language][part], EMAIL_TEXT_LIMITS[part]);
  const signatureProblem = checkText(email.signature, EMAIL_TEXT_LIMITS.signature);
  const valid =
    signatureProblem === undefined &&
    LANGUAGES.every((language) => TEMPLATE_PARTS.every((part) => partProblem(language, part) === undefined));
  const shown = (problem: ReturnType<typeof checkText>) => (section.tried ? problemText(t, problem) : undefined);

  const change = (next: (current: EmailSettings) => EmailSettings) => {
    setEmail(next);
    setReset(false);
    section.edited();
  };
  const editPart = (language: Language, part: TemplatePart, value: string) =>
    change((current) => ({ ...current, [language]: { ...current[language], [part]: value } }));

  const save = async () => {
    const trimmed: EmailSettings = {
      nl: trimmedTemplate(email.nl),
      en: trimmedTemplate(email.en),
      signature: email.signature.trim(),
      headings: email.headings,
    };
    const next = await section.save(valid, () => studio.settings.update({ email: trimmed }));
    if (next) {
      setEmail(emailSettingsOf(next));
      setReset(false);
      onSaved(next);
    }
  };

  // The example in the client's language: its words (the client, the traject, the reply) come from that language too.
  const inExample = i18n.getFixedT(exampleLanguage);
  const example = replyMessage({
    blocks: { ...emptyReplyBlocks(), p_open: richTextFromPlain(inExample('settings.email.exampleReply')) },
    client: { name: inExample('settings.email.exampleClient') },
    coach: settings.coach,
    language: exampleLanguage,
    labels: settings.passieLabels[exampleLanguage],
    round: 2,
    traject: inExample('settings.email.exampleTraject'),
    email,
  });

  return (
    <SettingsCard
      title={t('settings.email.title')}
      intro={t('settings.email.body')}
      status={section.status}
      onSave={() => void save()}
    >
      <div className="email-fields">
        <p>{t('settings.email.fieldsIntro')}</p>
        <dl className="email-fields__list">
          {TEMPLATE_FIELDS[screenLanguage].map((field, at) => (
            <div key={field} className="email-fields__item">
              <dt>
                <code>{field}</code>
              </dt>
              <dd>{t(`settings.email.fields.${FIELD_MEANINGS[at]!}`)}</dd>
            </div>
          ))}
        </dl>
      </div>
      <div className="email-languages">
        {LANGUAGES.map((language) => {
          const languageName = t(`settings.labels.${language}`);
          return (
            <fieldset key={language} className="email-language" data-language={language}>
              <legend className="email-language__legend">
                {t('settings.email.languageLegend', { language: languageName })}
              </legend>
              <TextField
                label={t('settings.email.subject', { language: languageName })}
                value={email[language].subject}
                maxLength={EMAIL_TEXT_LIMITS.subject.max + TYPING_ROOM}
                onChange={(value) => editPart(language, 'subject', value)}
                error={shown(partProblem(language, 'subject'))}
              />
              <TextField
                label={t('settings.email.greeting', { language: languageName })}
                value={email[language].greeting}
                multiline
                rows={2}
                maxLength={EMAIL_TEXT_LIMITS.greeting.max + TYPING_ROOM}
                onChange={(value) => editPart(language, 'greeting', value)}
                error={shown(partProblem(language, 'greeting'))}
              />
              <TextField
                label={t('settings.email.signOff', { language: languageName })}
                value={email[language].signOff}
                multiline
                rows={3}
                maxLength={EMAIL_TEXT_LIMITS.signOff.max + TYPING_ROOM}
                onChange={(value) => editPart(language, 'signOff', value)}
                error={shown(partProblem(language, 'signOff'))}
              />
            </fieldset>
          );
        })}
      </div>
      <TextField
        label={t('settings.email.signature')}
        hint={t('settings.email.signatureHint')}
        value={email.signature}
        multiline
        rows={4}
        maxLength={EMAIL_TEXT_LIMITS.signature.max + TYPING_ROOM}
        onChange={(value) => change((current) => ({ ...current, signature: value }))}
        error={shown(signatureProblem)}
      />
      <div>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={email.headings}
            aria-describedby={headingsHintId}
            onChange={(event) => {
              const headings = event.target.checked;
              change((current) => ({ ...current, headings }));
            }}
          />
          <span>{t('settings.email.headings')}</span>
        </label>
        <p className="field__hint" id={headingsHintId}>
          {t('settings.email.headingsHint')}
        </p>
      </div>
      <div className="settings-card__secondary">
        <button
          type="button"
          className="button button--quiet"
          onClick={() => {
            change((current) => ({ ...current, nl: DEFAULT_EMAIL_SETTINGS.nl, en: DEFAULT_EMAIL_SETTINGS.en }));
            setReset(true);
          }}
        >
          {t('settings.email.reset')}
        </button>
        <p role="status" className="settings-card__note">
          {reset ? t('settings.email.resetDone') : ''}
        </p>
      </div>
      <figure className="email-example" aria-labelledby={exampleCaptionId}>
        <figcaption className="email-example__caption" id={exampleCaptionId}>
          {t('settings.email.example')}
        </figcaption>
        <fieldset className="choice-group choice-group--inline">
          <legend className="choice-group__legend">{t('settings.email.exampleLegend')}</legend>
          {LANGUAGES.map((language) => (
            <label key={language} className="choice">
              <input
                type="radio"
                name={exampleName}
                value={language}
                checked={exampleLanguage === language}
                onChange={() => setExampleLanguage(language)}
              />
              <span>{t(`settings.labels.${language}`)}</span>
            </label>
          ))}
        </fieldset>
        <div className="email-example__message">
          <p className="email-example__subject">
            {t('settings.email.exampleSubject')} <span lang={exampleLanguage}>{example.subject}</span>
          </p>
          <pre className="email-example__text" lang={exampleLanguage}>
            {example.text}
          </pre>
        </div>
        <p className="settings-card__note">{t('settings.email.exampleNote')}</p>
      </figure>
    </SettingsCard>
  );
}
