import { useCallback } from 'react';
import type { ApiResult } from '../../../../shared/api/errors';
import type { Client } from '../../../../shared/domain/client';
import type { TrajectSummary } from '../../../../shared/domain/traject';
import { useStudio } from '../../app/studio-context';
import { allOk, useLoad, type Load } from '../../app/use-load';

export interface ClientData {
  client: Client;
  trajects: TrajectSummary[];
}

/** One client and their trajects. The index has no "get one client", so it is found in the list. */
export function useClientData(clientId: string): Load<ClientData> {
  const studio = useStudio();
  const load = useCallback(async (): Promise<ApiResult<ClientData>> => {
    const all = allOk(await Promise.all([studio.client.list({}), studio.traject.list({ clientId })] as const));
    if (!all.ok) return all;
    const client = all.value[0].clients.find((candidate) => candidate.id === clientId);
    if (!client) return { ok: false, error: { code: 'client_not_found', message: 'client_not_found' } };
    return { ok: true, value: { client, trajects: all.value[1].trajects } };
  }, [studio, clientId]);
  return useLoad(load);
}
