import { asAttachment, asFile, type HandlersOf, type StudioServices } from './studio-services';

export function archiveHandlers({ archives }: StudioServices): HandlersOf<'archive'> {
  return {
    'archive.list': async () => ({ archives: await archives.list() }),
    'archive.verify': ({ id }) => archives.verify(id),
    'archive.open': ({ id }) => archives.open(id),
    'archive.restore': ({ id }) => archives.restore(id),
    'archive.exportPdf': async ({ id }) => asFile(await archives.exportPdf(id)),
    'archive.readAttachment': async ({ id, attachmentId }) => {
      const { ref, bytes } = await archives.readAttachment(id, attachmentId);
      return asAttachment(ref, bytes);
    },
    'archive.destroy': async ({ id, reason, force }) => {
      await archives.destroy(id, reason, force);
      return {};
    },
  };
}
