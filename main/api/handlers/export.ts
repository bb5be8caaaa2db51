import { asFile, type HandlersOf, type StudioServices } from './studio-services';

export function exportHandlers({ exports, work }: StudioServices): HandlersOf<'export'> {
  return {
    'export.dossierPdf': async ({ trajectId, includeNotes }) =>
      asFile(await work.track('export', (report) => exports.dossierPdf(trajectId, includeNotes, report))),
    'export.replyPdf': async ({ trajectId, roundId }) => asFile(await exports.replyPdf(trajectId, roundId)),
    'export.accessBundle': async ({ clientId }) => {
      const files = [];
      for await (const file of exports.accessBundle(clientId)) files.push(asFile(file));
      return { files };
    },
  };
}
