import { useCallback } from 'react';
import type { Client } from '../../../../shared/domain/client';
import type { TrajectSummary } from '../../../../shared/domain/traject';
import { useStudio } from '../../app/studio-context';
import { allOk, useLoad, type Load } from '../../app/use-load';

export interface DashboardData {
  clients: Client[];
  trajects: TrajectSummary[];
}

/** The index's clients and traject summaries: all the dashboard needs, without opening a single dossier. */
export function useDashboardData(): Load<DashboardData> {
  const studio = useStudio();
  const load = useCallback(async () => {
    const results = await Promise.all([studio.client.list({}), studio.traject.list({})] as const);
    const all = allOk(results);
    return all.ok
      ? { ok: true as const, value: { clients: all.value[0].clients, trajects: all.value[1].trajects } }
      : all;
  }, [studio]);
  return useLoad(load);
}
