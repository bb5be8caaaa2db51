import { acceptedRound, type ImportPreview } from '../../shared/domain/import';
import type { TempStudio } from './temp-studio';

/**
 * Imports one file as one round the way a coach who accepts the preview unchanged does (`acceptedRound`). Throws,
 * naming the refusal, when the file gives no preview.
 */
export async function importWhole(
  temp: Pick<TempStudio, 'call'>,
  trajectId: string,
  file: { name: string; bytes: Buffer },
): Promise<{ preview: ImportPreview; roundId: string }> {
  const { results } = await temp.call('import.preview', {
    trajectId,
    files: [{ name: file.name, base64: file.bytes.toString('base64') }],
  });
  const result = results[0];
  if (!result?.ok) throw new Error(`${file.name} gave no preview: ${result?.error.code ?? 'no result'}`);
  const { preview } = result;
  const { rounds } = await temp.call('import.commit', { trajectId, rounds: [acceptedRound(preview)] });
  return { preview, roundId: rounds[0]!.id };
}
