import { useTranslation } from 'react-i18next';
import type { ErrorCode } from '../../../shared/api/errors';
import { FormAlert } from './FormAlert';

/** An error from the studio in its shared sentence, looked up by code (never the message that came with it). */
export function ErrorAlert({ id, code }: { id?: string; code: ErrorCode }) {
  const { t } = useTranslation();
  return <FormAlert id={id}>{t(`errors.${code}`)}</FormAlert>;
}
