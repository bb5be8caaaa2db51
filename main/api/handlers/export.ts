import { asFile, type HandlersOf, type StudioServices } from './studio-services';

export function exportHandlers({ exports }: StudioServices): HandlersOf<'export'> {
  return {
    'export.dossierPdf': async ({ trajectId, includeNotes }) =>
      asFile(await exports.dossierPdf(trajectId, includeNotes)),
    'export.replyPdf': async ({ trajectId, roundId }) => asFile(await exports.replyPdf(trajectId, roundId)),
    'export.accessBundle': async ({ clientId }) => {
      const files = [];
      for await (const file of exports.accessBundle(clientId)) files.push(asFile(file));
      return { files };
    },
  };
}
