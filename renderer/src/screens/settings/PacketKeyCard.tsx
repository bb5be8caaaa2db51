import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../../shared/api/errors';
import type { PacketKeyInfo } from '../../../../shared/domain/packet-key';
import { fingerprintForReading } from '../../../../shared/packet/fingerprint-text';
import { useDateFormat } from '../../app/format-date';
import { useStudio } from '../../app/studio-context';
import { ErrorAlert } from '../../components/ErrorAlert';

type KeyState = { kind: 'loading' } | { kind: 'ready'; key: PacketKeyInfo } | { kind: 'failed'; error: ApiError };

/**
 * The coach's answer-packet key: its fingerprint, grouped to read aloud to a client, and when it was made (on
 * first use, which may be this very look). The key itself never reaches the screen.
 */
export function PacketKeyCard() {
  const { t } = useTranslation();
  const studio = useStudio();
  const format = useDateFormat();
  const titleId = useId();
  const [state, setState] = useState<KeyState>({ kind: 'loading' });

  useEffect(() => {
    let current = true;
    void studio.packet.key({}).then((result) => {
      if (!current) return;
      setState(result.ok ? { kind: 'ready', key: result.value } : { kind: 'failed', error: result.error });
    });
    return () => {
      current = false;
    };
  }, [studio]);

  return (
    <section
      className="card page-section settings-card packet-key"
      aria-labelledby={titleId}
      aria-busy={state.kind === 'loading'}
    >
      <h3 className="section-title" id={titleId}>
        {t('packetKey.title')}
      </h3>
      <p className="section-intro settings-card__intro">{t('packetKey.intro')}</p>
      {state.kind === 'loading' && <p className="muted">{t('packetKey.loading')}</p>}
      {state.kind === 'failed' && <ErrorAlert code={state.error.code} params={state.error.params} />}
      {state.kind === 'ready' && (
        <dl className="details signing-details">
          <div className="details__wide">
            <dt>{t('packetKey.fingerprint')}</dt>
            <dd
              className="signing-details__fingerprint packet-key__fingerprint"
              data-fingerprint={state.key.fingerprint}
            >
              {fingerprintForReading(state.key.fingerprint)}
            </dd>
          </div>
          <div className="details__wide">
            <dt>{t('packetKey.createdAt')}</dt>
            <dd>{format.date(state.key.createdAt)}</dd>
          </div>
        </dl>
      )}
    </section>
  );
}
