import { asFile, type HandlersOf, type StudioServices } from './studio-services';

export function packetHandlers({ packetKeys, packets }: StudioServices): HandlersOf<'packet'> {
  return {
    'packet.key': () => packetKeys.describe(),
    'packet.create': async (request) => asFile(await packets.create(request)),
  };
}
