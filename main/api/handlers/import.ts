import { StudioError } from '../../../shared/api/studio-error';
import { asAttachment, type HandlersOf, type StudioServices } from './studio-services';

export function importHandlers({
  imports,
  dossiers,
  attachments,
}: StudioServices): HandlersOf<'import' | 'attachment'> {
  return {
    'import.preview': async ({ trajectId, files, jobId }) => ({
      results: await imports.preview(
        trajectId,
        files.map(({ name, base64 }) => ({ name, bytes: Buffer.from(base64, 'base64') })),
        jobId,
      ),
    }),
    'import.progress': ({ jobId }) => Promise.resolve(imports.progress(jobId)),
    'import.cancel': ({ jobId }) => Promise.resolve({ cancelled: imports.cancel(jobId) }),
    'import.commit': async ({ trajectId, rounds }) => ({ rounds: await imports.commit(trajectId, rounds) }),
    // Only what the traject's own dossier names can be read, so an id from another traject finds nothing.
    'attachment.read': async ({ trajectId, attachmentId }) => {
      const { traject, rounds } = await dossiers.showTraject(trajectId);
      const ref = rounds
        .flatMap((round) => round.answers.flatMap((answer) => answer.attachments))
        .find((candidate) => candidate.id === attachmentId);
      if (!ref) throw new StudioError('attachment_not_found');
      const bytes = await attachments.readRecorded(trajectId, ref, traject.title);
      return asAttachment(ref, bytes);
    },
  };
}
