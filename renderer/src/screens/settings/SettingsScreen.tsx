import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiResult } from '../../../../shared/api/errors';
import type { Catalogue } from '../../../../shared/domain/catalogue';
import type { Settings } from '../../../../shared/domain/settings';
import { paths, type SettingsAction } from '../../app/router';
import { useStudio } from '../../app/studio-context';
import { useFocusOnMount } from '../../app/use-focus-on-mount';
import { useLoad } from '../../app/use-load';
import { Breadcrumbs } from '../../components/Breadcrumbs';
import { LoadFailed } from '../../components/LoadFailed';
import { PageLoading } from '../../components/PageLoading';
import { BackupCard } from '../backup/BackupCard';
import { RecoveryKeyStep, type NewVaultSecrets } from '../create-vault/RecoveryKeyStep';
import { CatalogueCard } from './CatalogueCard';
import { EmailCard } from './EmailCard';
import { LabelsCard } from './LabelsCard';
import { LanguageCard } from './LanguageCard';
import { NotificationsCard } from './NotificationsCard';
import { ThemeCard } from './ThemeCard';
import { ProfileCard } from './ProfileCard';
import { SecurityCard } from './SecurityCard';
import { PacketKeyCard } from './PacketKeyCard';
import { SigningCard } from './SigningCard';
import { SnippetsCard } from './SnippetsCard';
import { TimestampCard } from './TimestampCard';
import { WorkCard } from './WorkCard';
import '../../styles/settings.css';

interface SettingsData {
  settings: Settings;
  catalogue: Catalogue;
}

/**
 * The studio set up the coach's way: each card is its own form and saves on its own. `open`: an action whose form
 * is open from the start (a link to it).
 */
export function SettingsScreen({ open }: { open?: SettingsAction }) {
  const studio = useStudio();
  const load = useCallback(async (): Promise<ApiResult<SettingsData>> => {
    const [settings, catalogue] = await Promise.all([studio.settings.get({}), studio.catalogue.list({})]);
    if (!settings.ok) return settings;
    if (!catalogue.ok) return catalogue;
    return { ok: true, value: { settings: settings.value, catalogue: catalogue.value } };
  }, [studio]);
  const { state, retry } = useLoad(load);

  if (state.kind === 'loading') return <PageLoading />;
  if (state.kind === 'failed') return <LoadFailed error={state.error} onRetry={retry} />;
  return <SettingsPage initial={state.value} open={open} />;
}

/** A new recovery key on display, and what to do once the coach has kept it. */
interface ShownKey {
  secrets: NewVaultSecrets;
  kept: () => void;
}

function SettingsPage({ initial, open }: { initial: SettingsData; open: SettingsAction | undefined }) {
  const { t } = useTranslation();
  const studio = useStudio();
  const headingRef = useRef<HTMLHeadingElement>(null);
  // The latest saved settings: the cards start from them, and the security card shows the auto-lock from them.
  const [settings, setSettings] = useState(initial.settings);
  // A new recovery key takes the page's place, as at the vault's creation (and alone on the printed page); the
  // cards stay mounted beneath it, hidden, so nothing typed in them is lost.
  const [shownKey, setShownKey] = useState<ShownKey | undefined>();
  useFocusOnMount(headingRef, open === undefined);

  const showRecoveryKey = useCallback(
    (secrets: NewVaultSecrets) => new Promise<void>((kept) => setShownKey({ secrets, kept })),
    [],
  );

  const reloadCatalogue = useCallback(async () => {
    const result = await studio.catalogue.list({});
    return result.ok ? result.value : undefined;
  }, [studio]);

  return (
    <>
      {shownKey && (
        <RecoveryKeyStep
          secrets={shownKey.secrets}
          renewed
          onDone={() => {
            setShownKey(undefined);
            shownKey.kept();
          }}
        />
      )}
      <div className="page settings-screen" hidden={shownKey !== undefined}>
        <Breadcrumbs crumbs={[{ label: t('nav.dashboard'), to: paths.dashboard() }, { label: t('settings.title') }]} />
        <header className="page-header">
          <h2 className="page-title" ref={headingRef} tabIndex={-1}>
            {t('settings.title')}
          </h2>
          <p className="page-meta">{t('settings.intro')}</p>
        </header>
        <ProfileCard settings={settings} onSaved={setSettings} />
        <EmailCard settings={settings} onSaved={setSettings} />
        <WorkCard settings={settings} onSaved={setSettings} />
        <NotificationsCard settings={settings} onSaved={setSettings} />
        <LanguageCard onSaved={setSettings} />
        <ThemeCard settings={settings} onSaved={setSettings} />
        <LabelsCard settings={settings} onSaved={setSettings} />
        <SnippetsCard settings={settings} onSaved={setSettings} />
        <CatalogueCard catalogue={initial.catalogue} onReload={reloadCatalogue} />
        <SigningCard />
        <PacketKeyCard />
        <TimestampCard settings={settings} onSaved={setSettings} />
        <SecurityCard
          autoLockMinutes={settings.autoLockMinutes}
          initiallyOpen={open}
          showRecoveryKey={showRecoveryKey}
        />
        <BackupCard />
      </div>
    </>
  );
}
