import { useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useFocusOnMount } from '../../app/use-focus-on-mount';
import { OpenLockIcon } from '../../components/icons';
import { StatePanel } from '../../components/StatePanel';
import { SecurityCard } from './SecurityCard';
import { useVaultOverview } from './use-vault-overview';
import { VaultCounts } from './VaultCounts';

/**
 * The unlocked vault at a glance: what it holds and how it is protected. (The dashboard with the clients and
 * their trajects takes this place later.)
 */
export function HomeScreen({ recovered }: { recovered: boolean }) {
  const { t } = useTranslation();
  const view = useVaultOverview();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const titleId = useId();
  useFocusOnMount(headingRef);

  return (
    <div className="home">
      <section className="card home__greeting" aria-labelledby={titleId}>
        <StatePanel
          tone="success"
          icon={<OpenLockIcon />}
          title={t('home.title')}
          titleId={titleId}
          headingRef={headingRef}
          body={
            <>
              <p className="state-panel__body">{t('home.body')}</p>
              {recovered && (
                <p className="notice notice--success" role="status">
                  {t('home.recovered')}
                </p>
              )}
            </>
          }
        />
      </section>
      <VaultCounts view={view} />
      <SecurityCard autoLockMinutes={view.kind === 'ready' ? view.overview.autoLockMinutes : undefined} />
    </div>
  );
}
