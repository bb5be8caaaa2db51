import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import type { StudioApi } from '../../../../shared/api/studio-api';
import type { AppStatus } from '../../../../shared/domain/app-status';

/** What the vault found of its own files (damage), and whether the coach needs a new recovery key. */
export type VaultHealth = NonNullable<AppStatus['health']>;

export interface VaultHealthState {
  /** Undefined until a status or a check has told it. */
  health: VaultHealth | undefined;
  /** A health the screen learnt first-hand (`vault.check` answers with one). */
  show: (health: VaultHealth) => void;
  /** Asks the studio again (after a new recovery key, say). */
  refresh: () => Promise<void>;
}

const NO_HEALTH: VaultHealthState = { health: undefined, show: () => undefined, refresh: () => Promise.resolve() };

const VaultHealthContext = createContext<VaultHealthState>(NO_HEALTH);

export function VaultHealthProvider({ state, children }: { state: VaultHealthState; children: ReactNode }) {
  return <VaultHealthContext value={state}>{children}</VaultHealthContext>;
}

/** The vault's health as the unlocked shell knows it; outside the shell (a screen on its own) there is none. */
export function useVaultHealth(): VaultHealthState {
  return useContext(VaultHealthContext);
}

/**
 * The shell's copy of the vault's health. Every `app.status` answer brings one: `hear` takes it and passes the
 * status on to `onStatus` (the session, which notices a lock), and `refresh` asks for one at once.
 */
export function useVaultHealthState(
  studio: StudioApi,
  onStatus: (status: AppStatus) => void,
): VaultHealthState & { hear: (status: AppStatus) => void } {
  const [health, setHealth] = useState<VaultHealth | undefined>();
  const hear = useCallback(
    (status: AppStatus) => {
      if (status.health) setHealth(status.health);
      onStatus(status);
    },
    [onStatus],
  );
  const refresh = useCallback(async () => {
    const result = await studio.app.status({}).catch(() => undefined);
    if (result?.ok) hear(result.value);
  }, [studio, hear]);
  return useMemo(() => ({ health, show: setHealth, refresh, hear }), [health, refresh, hear]);
}
