import { useCallback } from 'react';
import type { ApiResult } from '../../../../shared/api/errors';
import type { ArchiveSummary } from '../../../../shared/domain/archive';
import type { Catalogue } from '../../../../shared/domain/catalogue';
import type { DossierView } from '../../../../shared/domain/dossier';
import type { Settings } from '../../../../shared/domain/settings';
import { apiError } from '../../../../shared/i18n/error-messages';
import { useStudio } from '../../app/studio-context';
import { useLoad, type Load } from '../../app/use-load';
import { useLanguage } from '../../i18n/use-language';

export interface ArchivedData {
  /** The archive's own facts: closed-at and retention date, for the banner. */
  archive: ArchiveSummary;
  /** The dossier as it was packed, unsealed from the archive (nothing of it is written anywhere). */
  dossier: DossierView;
  /** To name answers by their question; empty when it could not be read. */
  catalogue: Catalogue;
  /** The coach's PASSIE block labels. */
  settings: Settings;
}

/** An archived traject for reading: its dossier from the archive, with its dates, the catalogue and the labels. */
export function useArchivedDossier(trajectId: string): Load<ArchivedData> {
  const studio = useStudio();
  const language = useLanguage();
  const load = useCallback(async (): Promise<ApiResult<ArchivedData>> => {
    const [dossier, list, catalogue, settings] = await Promise.all([
      studio.archive.open({ id: trajectId }),
      studio.archive.list({}),
      studio.catalogue.list({}),
      studio.settings.get({}),
    ]);
    if (!dossier.ok) return dossier;
    if (!list.ok) return list;
    if (!settings.ok) return settings;
    const archive = list.value.archives.find((candidate) => candidate.id === trajectId);
    // Destroyed between the two reads: as gone as an archive that never was.
    if (!archive) return { ok: false, error: apiError('archive_not_found', language) };
    return {
      ok: true,
      value: {
        archive,
        dossier: dossier.value,
        // Without the catalogue the answers still show (by their question id); no reason to hide the dossier.
        catalogue: catalogue.ok ? catalogue.value : { places: [] },
        settings: settings.value,
      },
    };
  }, [studio, trajectId, language]);
  return useLoad(load);
}
