import { useEffect, useState, type ReactNode } from 'react';
import type { NewVaultSecrets } from './RecoveryKeyStep';
import { RecoveryKeyStep } from './RecoveryKeyStep';
import { useStudio } from '../../app/studio-context';
import { AppFrame } from '../../components/AppFrame';

interface UnconfirmedRecoveryKeyProps {
  version: string | undefined;
  children: ReactNode;
}

/**
 * Before the unlocked studio: a recovery key the coach has not yet said is kept (the window was reloaded on that
 * screen) comes back, and stays until the coach confirms it. Nothing is shown until the studio has answered, so the
 * dashboard never flashes past it.
 */
export function UnconfirmedRecoveryKey({ version, children }: UnconfirmedRecoveryKeyProps) {
  const studio = useStudio();
  const [secrets, setSecrets] = useState<NewVaultSecrets | null | undefined>();

  useEffect(() => {
    let current = true;
    void studio.vault.unconfirmedRecoveryKey({}).then((result) => {
      if (!current) return;
      const unconfirmed = result.ok ? result.value.unconfirmed : undefined;
      setSecrets(unconfirmed ? { recoveryKey: unconfirmed.recoveryKey, sheetPdf: unconfirmed.recoverySheetPdf } : null);
    });
    return () => {
      current = false;
    };
  }, [studio]);

  if (secrets === undefined) return null;
  if (secrets === null) return children;
  return (
    <AppFrame version={version}>
      <RecoveryKeyStep secrets={secrets} onDone={() => setSecrets(null)} />
    </AppFrame>
  );
}
