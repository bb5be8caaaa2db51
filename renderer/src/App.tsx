import { useCallback } from 'react';
import type { AppStatus } from '../../shared/domain/app-status';
import { StudioProvider, useStudio } from './app/studio-context';
import { UnlockedShell } from './app/UnlockedShell';
import { useVaultSession } from './app/use-vault-session';
import { RouteView } from './app/RouteView';
import { AppFrame } from './components/AppFrame';
import { RestoreBackupScreen } from './screens/backup/RestoreBackupScreen';
import { CreateVaultScreen } from './screens/create-vault/CreateVaultScreen';
import { UnconfirmedRecoveryKey } from './screens/create-vault/UnconfirmedRecoveryKey';
import { UnlockScreen } from './screens/unlock/UnlockScreen';
import { WelcomeScreen } from './screens/welcome/WelcomeScreen';

/**
 * The studio: one screen per session phase. Everything below gets the guarded API, so a `vault_locked` answer to
 * any call brings the coach back to the unlock screen from here, the one place that decides.
 */
export function App() {
  const { state, dispatch, studio } = useVaultSession(useStudio());
  const { phase, version } = state;
  const onStatus = useCallback((status: AppStatus) => dispatch({ type: 'status', status }), [dispatch]);
  const onLocked = useCallback(() => dispatch({ type: 'lockedByCoach' }), [dispatch]);

  let screen;
  switch (phase.kind) {
    case 'loading':
    case 'failed':
    case 'welcome':
      screen = (
        <AppFrame version={version}>
          <WelcomeScreen
            view={phase}
            focusHeading={phase.kind === 'welcome' && phase.returning}
            onRetry={() => dispatch({ type: 'retry' })}
            onCreate={() => dispatch({ type: 'createStarted' })}
            onRestore={() => dispatch({ type: 'restoreStarted' })}
          />
        </AppFrame>
      );
      break;
    case 'creating':
      screen = (
        <AppFrame version={version}>
          <CreateVaultScreen
            onCancel={() => dispatch({ type: 'createCancelled' })}
            onVaultExists={() => dispatch({ type: 'lockedByCoach' })}
            onDone={() => dispatch({ type: 'unlocked' })}
          />
        </AppFrame>
      );
      break;
    case 'restoring':
      screen = (
        <AppFrame version={version}>
          <RestoreBackupScreen
            onBack={() => dispatch({ type: 'restoreCancelled' })}
            onRestored={({ createdAt }) => dispatch({ type: 'restored', createdAt })}
          />
        </AppFrame>
      );
      break;
    case 'locked':
      screen = (
        <AppFrame version={version}>
          <UnlockScreen
            autoLocked={phase.autoLocked}
            restoredFrom={phase.restoredFrom}
            onUnlocked={({ recovered }) => dispatch({ type: 'unlocked', recovered })}
          />
        </AppFrame>
      );
      break;
    case 'unlocked':
      screen = (
        <UnconfirmedRecoveryKey version={version}>
          <UnlockedShell version={version} onStatus={onStatus} onLocked={onLocked}>
            <RouteView recovered={phase.recovered} />
          </UnlockedShell>
        </UnconfirmedRecoveryKey>
      );
      break;
  }

  return <StudioProvider studio={studio}>{screen}</StudioProvider>;
}
