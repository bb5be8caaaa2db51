import type { StudioApi } from '../../../../shared/api/studio-api';
import type { Language } from '../../../../shared/i18n/language';
import { newId } from '../../../../shared/domain/id-pattern';
import { draftFromResult, type ImportItem } from './import-draft';
import { batches, readImportFiles, type ImportFile } from './read-files';

/** Files dropped or chosen, or text pasted into the studio. */
export type ImportInput = { files: readonly File[] } | { pasted: ImportFile };

export interface PreviewControl {
  /** Each call's job id as it starts, for the dialog to follow its progress and cancel it. */
  onJob?: (jobId: string) => void;
  /** Once true, no further call is started. */
  cancelled?: () => boolean;
}

/** Every file read, sent to the studio for conversion and sanitising, and turned into an item to review. */
export async function previewImport(
  studio: StudioApi,
  trajectId: string,
  input: ImportInput,
  language: Language,
  control: PreviewControl = {},
): Promise<ImportItem[]> {
  const read =
    'pasted' in input ? [{ ok: true as const, file: input.pasted }] : await readImportFiles(input.files, language);
  const refusedHere: ImportItem[] = read.flatMap((entry) =>
    entry.ok ? [] : [{ ok: false as const, fileName: entry.fileName, error: entry.error }],
  );
  const files = read.flatMap((entry) => (entry.ok ? [entry.file] : []));
  const previewed: ImportItem[] = [];
  for (const batch of batches(files)) {
    if (control.cancelled?.()) break;
    const jobId = newId('im');
    control.onJob?.(jobId);
    const result = await studio.import.preview({ trajectId, jobId, files: batch });
    if (result.ok) {
      previewed.push(...result.value.results.map((file) => draftFromResult(file, 'pasted' in input)));
    } else {
      // The call itself failed (the vault locked meanwhile, the studio gone): every file of it carries that reason.
      previewed.push(...batch.map((file) => ({ ok: false as const, fileName: file.name, error: result.error })));
    }
  }
  return [...previewed, ...refusedHere];
}
