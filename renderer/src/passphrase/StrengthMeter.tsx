import { useTranslation } from 'react-i18next';
import type { PassphraseAssessment } from '../../../shared/domain/passphrase-policy';
import { AlertIcon, CheckIcon } from '../components/icons';
import { STRENGTH_STEPS, strengthLevel, strengthTone } from './strength-level';

interface StrengthMeterProps {
  /** The id of the sentence, for the field's aria-describedby. */
  id: string;
  passphrase: string;
  assessment: PassphraseAssessment | undefined;
  checking: boolean;
}

/**
 * Five steps that fill and change colour, always with the verdict in words next to them (and an icon), so the
 * meter never relies on colour alone; when the passphrase would be refused, the sentence says why.
 */
export function StrengthMeter({ id, passphrase, assessment, checking }: StrengthMeterProps) {
  const { t } = useTranslation();
  const level = assessment ? strengthLevel(assessment) : undefined;
  const tone = level === undefined ? 'empty' : strengthTone(level);
  const filled = level === undefined ? 0 : level + 1;
  const levelWord = level === undefined ? undefined : t(`passphrase.meter.level${level}`);

  let verdict: string;
  if (passphrase === '') verdict = t('passphrase.meter.empty');
  else if (!assessment) verdict = checking ? t('passphrase.meter.checking') : t('passphrase.meter.empty');
  else if (assessment.acceptable) verdict = t('passphrase.meter.acceptable');
  else verdict = t(assessment.weakness === 'too_short' ? 'passphrase.meter.tooShort' : 'passphrase.meter.tooGuessable');

  return (
    <div className={`strength strength--${tone}`}>
      <div
        className="strength__bar"
        role="meter"
        aria-label={t('passphrase.meter.label')}
        aria-valuemin={0}
        aria-valuemax={STRENGTH_STEPS}
        aria-valuenow={filled}
        aria-valuetext={levelWord ?? t('passphrase.meter.empty')}
      >
        {Array.from({ length: STRENGTH_STEPS }, (_, step) => (
          <span key={step} className={step < filled ? 'strength__step strength__step--on' : 'strength__step'} />
        ))}
      </div>
      <p id={id} className="strength__text" aria-live="polite">
        {assessment && (assessment.acceptable ? <CheckIcon /> : <AlertIcon />)}
        <span>
          {levelWord && (
            <>
              <span className="visually-hidden">{t('passphrase.meter.label')}: </span>
              <strong className="strength__level">{levelWord}</strong>
              {' — '}
            </>
          )}
          {verdict}
        </span>
      </p>
    </div>
  );
}
