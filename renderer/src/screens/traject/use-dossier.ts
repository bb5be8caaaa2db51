import { useCallback } from 'react';
import type { ApiResult } from '../../../../shared/api/errors';
import type { Catalogue } from '../../../../shared/domain/catalogue';
import type { DossierView } from '../../../../shared/domain/dossier';
import { useStudio } from '../../app/studio-context';
import { useLoad, type Load } from '../../app/use-load';

export interface DossierData {
  dossier: DossierView;
  /** The question catalogue, to name answers by their question; empty when it could not be read. */
  catalogue: Catalogue;
}

/** A traject's whole dossier, and the catalogue its answers refer to. */
export function useDossier(trajectId: string): Load<DossierData> {
  const studio = useStudio();
  const load = useCallback(async (): Promise<ApiResult<DossierData>> => {
    const [dossier, catalogue] = await Promise.all([studio.traject.show({ id: trajectId }), studio.catalogue.list({})]);
    if (!dossier.ok) return dossier;
    // Without the catalogue the answers still show (by their question id); it is no reason to hide the dossier.
    return { ok: true, value: { dossier: dossier.value, catalogue: catalogue.ok ? catalogue.value : { places: [] } } };
  }, [studio, trajectId]);
  return useLoad(load);
}
