import type { HandlersOf, StudioServices } from './studio-services';

export function trajectHandlers({ dossiers, archives, attachments, work }: StudioServices): HandlersOf<'traject'> {
  return {
    'traject.list': async ({ clientId }) => ({ trajects: await dossiers.listTrajects(clientId) }),
    'traject.add': async (input) => ({ id: (await dossiers.addTraject(input)).id }),
    'traject.update': ({ id, fields }) => dossiers.updateTraject(id, fields),
    'traject.show': ({ id }) => dossiers.showTraject(id),
    'traject.verify': async ({ id }) => {
      const chain = await dossiers.verifyTraject(id);
      const { rounds } = await dossiers.showTraject(id);
      const refs = rounds.flatMap((round) => round.answers.flatMap((answer) => answer.attachments));
      const damaged = await attachments.damagedAmong(id, refs);
      return {
        ok: chain.ok && damaged.length === 0,
        chain,
        attachments: refs.length,
        damagedAttachments: damaged.map(({ id: attachmentId, name }) => ({ id: attachmentId, name })),
      };
    },
    'traject.addNote': async ({ trajectId, content }) => {
      await dossiers.addNote(trajectId, content);
      return {};
    },
    'traject.editNote': async ({ trajectId, noteSeq, content }) => {
      await dossiers.editNote(trajectId, noteSeq, content);
      return {};
    },
    'traject.close': ({ id, retentionYears }) =>
      work.track('close', (report) => archives.close(id, retentionYears, report)),
  };
}
