import { StudioError } from '../../../shared/api/studio-error';
import { reportDamage } from '../../services/vault/damage';
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
      const damaged = { traject: traject.title };
      const bytes = await reportDamage(
        () => attachments.read(trajectId, ref.id, ref.sha256),
        'dossier_damaged',
        damaged,
      );
      // The dossier names the file, so a missing one was lost or moved: damage, not an unknown attachment.
      if (!bytes) throw new StudioError('dossier_damaged', { params: damaged });
      return asAttachment(ref, bytes);
    },
  };
}
