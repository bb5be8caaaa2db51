import { useEffect, useState } from 'react';
import type { ApiError } from '../../../../shared/api/errors';
import { useStudio } from '../../app/studio-context';

export interface VaultOverview {
  clients: number;
  activeTrajects: number;
  autoLockMinutes: number;
}

export type OverviewView =
  { kind: 'loading' } | { kind: 'ready'; overview: VaultOverview } | { kind: 'failed'; error: ApiError };

/** The numbers the home screen shows, from the index and the settings, read once when it opens. */
export function useVaultOverview(): OverviewView {
  const studio = useStudio();
  const [view, setView] = useState<OverviewView>({ kind: 'loading' });

  useEffect(() => {
    let live = true;
    void Promise.all([studio.client.list({}), studio.traject.list({}), studio.settings.get({})]).then(
      ([clients, trajects, settings]) => {
        if (!live) return;
        if (!clients.ok) return setView({ kind: 'failed', error: clients.error });
        if (!trajects.ok) return setView({ kind: 'failed', error: trajects.error });
        if (!settings.ok) return setView({ kind: 'failed', error: settings.error });
        setView({
          kind: 'ready',
          overview: {
            clients: clients.value.clients.length,
            activeTrajects: trajects.value.trajects.filter((traject) => traject.status === 'active').length,
            autoLockMinutes: settings.value.autoLockMinutes,
          },
        });
      },
    );
    return () => {
      live = false;
    };
  }, [studio]);

  return view;
}
