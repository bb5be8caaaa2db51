import type { HandlersOf, StudioServices } from './studio-services';

export function clientHandlers({ dossiers, archives }: StudioServices): HandlersOf<'client'> {
  return {
    'client.list': async () => ({ clients: await dossiers.listClients() }),
    'client.add': async (fields) => ({ id: (await dossiers.addClient(fields)).id }),
    'client.update': ({ id, fields }) => dossiers.updateClient(id, fields),
    // The right to erasure: the tombstone and the dossiers first, then the archives of the client's closed trajects
    // (a crash in between is finished at the next unlock, from the tombstone).
    'client.delete': async ({ id, reason }) => {
      await archives.removeArchives(await dossiers.deleteClient(id, reason));
      return {};
    },
  };
}
