import type { ImportPreview } from '../../shared/domain/import';
import type { TempStudio } from './temp-studio';

/** The round source that goes with what a preview found the file to be. */
const SOURCE = {
  email: 'email',
  docx: 'docx',
  text: 'text',
  markdown: 'text',
  html: 'html',
  packet: 'packet',
} as const;

/**
 * Imports one file as one round the way a coach who accepts the preview unchanged does: every answer under the
 * question it was matched to (else its own title, else the file's name), every attachment kept. Throws, naming
 * the refusal, when the file gives no preview.
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
  const { rounds } = await temp.call('import.commit', {
    trajectId,
    rounds: [
      {
        previewId: preview.previewId,
        receivedAt: preview.receivedAt,
        source: SOURCE[preview.kind],
        answers: preview.answers.map((answer) => ({
          question: answer.questionId,
          title: answer.questionId ? undefined : (answer.title ?? file.name),
          content: answer.content,
        })),
        attachments: preview.attachments.map((attachment) => attachment.token),
      },
    ],
  });
  return { preview, roundId: rounds[0]!.id };
}
