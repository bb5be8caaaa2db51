/**
 * The contract's method names alone, without their schemas: the Electron preload builds `window.studio` from
 * this list and so bundles no zod. contract.ts checks at compile time that both name the same methods.
 */
export const METHOD_NAMES = [
  'app.status',
  'vault.create',
  'vault.unlock',
  'vault.recover',
  'vault.changePassphrase',
  'vault.lock',
  'settings.get',
  'settings.update',
  'catalogue.list',
  'catalogue.save',
  'catalogue.import',
  'client.list',
  'client.add',
  'client.update',
  'client.delete',
  'traject.list',
  'traject.add',
  'traject.update',
  'traject.show',
  'traject.verify',
  'traject.addNote',
  'round.add',
  'reply.saveDraft',
  'reply.send',
  'search.query',
  'import.preview',
  'import.commit',
  'attachment.read',
  'signing.show',
  'signing.create',
  'signing.importP12',
  'signing.exportCert',
  'export.dossierPdf',
  'export.replyPdf',
  'export.accessBundle',
] as const;

export type MethodName = (typeof METHOD_NAMES)[number];
