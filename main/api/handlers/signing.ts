import { certificateFileName } from '../../services/export/file-names';
import type { HandlersOf, StudioServices } from './studio-services';

export function signingHandlers({ signing, settings }: StudioServices): HandlersOf<'signing'> {
  return {
    'signing.show': async () => {
      const identity = await signing.show();
      return identity ? { identity } : {};
    },
    'signing.create': ({ replace }) => signing.create(replace),
    'signing.importP12': ({ base64, password, replace }) =>
      signing.importP12(Buffer.from(base64, 'base64'), password, replace),
    'signing.exportCert': async () => {
      const der = await signing.certificateDer();
      const { coach, language } = await settings.get();
      return { fileName: certificateFileName(coach.name, language), base64: der.toString('base64') };
    },
  };
}
