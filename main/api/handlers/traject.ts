import type { HandlersOf, StudioServices } from './studio-services';

export function trajectHandlers({ dossiers, archives }: StudioServices): HandlersOf<'traject'> {
  return {
    'traject.list': async ({ clientId }) => ({ trajects: await dossiers.listTrajects(clientId) }),
    'traject.add': async (input) => ({ id: (await dossiers.addTraject(input)).id }),
    'traject.update': ({ id, fields }) => dossiers.updateTraject(id, fields),
    'traject.show': ({ id }) => dossiers.showTraject(id),
    'traject.verify': ({ id }) => dossiers.verifyTraject(id),
    'traject.addNote': async ({ trajectId, content }) => {
      await dossiers.addNote(trajectId, content);
      return {};
    },
    'traject.close': ({ id, retentionYears }) => archives.close(id, retentionYears),
  };
}
