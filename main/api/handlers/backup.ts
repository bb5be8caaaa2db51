import type { HandlersOf, StudioServices } from './studio-services';

export function backupHandlers({ backups, vault, work }: StudioServices): HandlersOf<'backup'> {
  return {
    // Copying sealed files needs no key, but only the coach who has the vault open may make a copy of it.
    'backup.create': async ({ folder }) => {
      vault.key();
      return work.track('backup', (report) => backups.create(folder, report));
    },
    'backup.status': async () => {
      vault.key();
      return backups.status();
    },
    // Only while there is no vault (the service checks): the restored vault is then unlocked like any other.
    'backup.restore': (request) => work.track('restore', (report) => backups.restore(request, report)),
  };
}
