// `passie-studio backup create|verify|restore` as a coach's shell runs them: the real command in its own process, on
// a temp vault set up in-process (cheap KDF), the passphrase from the environment.
import { cp, mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKUP_MANIFEST } from '../../../main/services/backup/backup-manifest';
import { errorMessage } from '../../../shared/i18n/error-messages';
import { runCli } from '../../support/run-cli';
import { TempStudio } from '../../support/temp-studio';
import { manifestOf, withoutSeal } from './support/backup-folder';

let temp: TempStudio;
let clientId: string;
/** vault.json, index.psv and the one dossier. */
const FILES = 3;

const cli = (args: string[], env: NodeJS.ProcessEnv = {}) => runCli(temp, args, env);

beforeAll(async () => {
  temp = await TempStudio.open();
  clientId = (await temp.call('client.add', { name: 'Daniëlle Test', email: 'danielle@example.com' })).id;
  await temp.call('traject.add', { clientId, title: 'Loopbaan 2025' });
}, 60_000);

afterAll(async () => {
  await temp.dispose();
});

describe('passie-studio backup', { timeout: 120_000 }, () => {
  const backupDir = () => join(temp.root, 'usb', 'back-up');

  it('makes a backup, then only copies what changed, and says so in the terminal’s language', async () => {
    await temp.whileClosed(async () => {
      const first = await cli(['backup', 'create', '--out', backupDir()]);
      expect(first, first.stderr).toMatchObject({ code: 0, stderr: '' });
      expect(first.stdout).toMatch(
        new RegExp(
          `^Backup made in ${backupDir()}: ${FILES} files \\([\\d.]+ kB\\), ${FILES} new or changed \\([\\d.]+ kB copied\\)\\.\\n$`,
        ),
      );
      const again = await cli(['--json', 'backup', 'create', '--out', backupDir()]);
      expect(JSON.parse(again.stdout)).toMatchObject({ files: FILES, copied: 0, removed: 0, bytesCopied: 0 });
      const dutch = await cli(['backup', 'create', '--out', backupDir()], { LANG: 'nl_NL.UTF-8' });
      expect(dutch.stdout).toMatch(/: 3 bestanden \([\d,.]+ kB\), niets veranderd sinds de vorige back-up\.\n$/);

      const verified = await cli(['backup', 'verify', backupDir()], { PASSIE_PASSPHRASE: '' });
      expect(verified, verified.stderr).toMatchObject({ code: 0 });
      expect(verified.stdout).toMatch(
        /^The backup of .+ is in order: 3 files \([\d.]+ kB\), each intact\.\nWhether its list of files was changed after it was made was not checked: that needs the passphrase \(--with-passphrase\)\.\n$/,
      );
      const sealed = await cli(['backup', 'verify', backupDir(), '--with-passphrase']);
      expect(sealed, sealed.stderr).toMatchObject({ code: 0 });
      expect(sealed.stdout).toMatch(
        /each intact\.\nIts list of files carries the vault’s seal, and every file opens with the vault’s key\.\n$/,
      );
    });
  });

  it('restores into a new folder that then opens with the passphrase, and prints where', async () => {
    await temp.whileClosed(async () => {
      const into = join(temp.root, 'restored');
      const restored = await cli(['--json', 'backup', 'restore', backupDir(), '--into', into]);
      expect(restored, restored.stderr).toMatchObject({ code: 0, stderr: '' });
      expect(JSON.parse(restored.stdout)).toMatchObject({ path: into, files: FILES, newerVault: 'applied' });

      const listed = await cli(['--vault', into, '--json', 'client', 'list']);
      expect(JSON.parse(listed.stdout)).toMatchObject([{ id: clientId, name: 'Daniëlle Test' }]);
    });
  });

  it('re-applies a deletion made after the backup, and tells the coach', async () => {
    await temp.call('client.delete', { id: clientId, reason: 'Verzoek van de cliënt' });
    await temp.whileClosed(async () => {
      const into = join(temp.root, 'restored-after-delete');
      const restored = await cli(['backup', 'restore', backupDir(), '--into', into]);
      expect(restored, restored.stderr).toMatchObject({ code: 0 });
      expect(restored.stdout).toContain(`has been restored into ${into}: ${FILES} files.`);
      expect(restored.stdout).toContain('Re-applied 2 deletions from the current vault (1 client deleted again).');
      const listed = await cli(['--vault', into, '--json', 'client', 'list']);
      expect(JSON.parse(listed.stdout)).toEqual([]);
    });
  });

  it('checks the seal with --with-passphrase, and refuses a changed list of files or, unconfirmed, an unsealed one', async () => {
    await temp.whileClosed(async () => {
      // A copy of the backup whose list of files leaves the dossier out: every file in it is still intact.
      const edited = join(temp.root, 'edited-backup');
      await cp(backupDir(), edited, { recursive: true });
      const manifest = await manifestOf(edited);
      manifest.files = manifest.files.filter((file) => !file.path.endsWith('/dossier.psv'));
      await writeFile(join(edited, BACKUP_MANIFEST), JSON.stringify(manifest));
      const altered = `${errorMessage('backup_manifest_altered', 'en')}\n`;

      const unchecked = await cli(['backup', 'verify', edited], { PASSIE_PASSPHRASE: '' });
      expect(unchecked, unchecked.stderr).toMatchObject({ code: 0 });
      expect(unchecked.stdout).toContain('was not checked: that needs the passphrase');
      expect(await cli(['backup', 'verify', edited, '--with-passphrase'])).toMatchObject({ code: 1, stderr: altered });
      const into = join(temp.root, 'restored-edited');
      expect(await cli(['backup', 'restore', edited, '--into', into])).toMatchObject({ code: 1, stderr: altered });
      expect((await readdir(temp.root)).filter((name) => name.startsWith('restored-edited'))).toEqual([]);

      // The seal taken off and the format set back to the unsealed one: only restored when the coach confirms.
      const unsealed = withoutSeal(manifest);
      await writeFile(join(edited, BACKUP_MANIFEST), JSON.stringify({ ...unsealed, format: 2 }));
      const verified = await cli(['backup', 'verify', edited, '--with-passphrase']);
      expect(verified, verified.stderr).toMatchObject({ code: 0 });
      expect(verified.stdout).toContain('its list of files carries no seal');
      expect(verified.stdout).toContain('Every file opens with the vault’s key.');
      const refused = await cli(['backup', 'restore', edited, '--into', into]);
      expect(refused).toMatchObject({ code: 1, stdout: '' });
      expect(refused.stderr).toBe(
        `${errorMessage('backup_unsealed', 'en')}\nAre you sure it is an old backup, made before PASSIE Studio sealed its backups? Then restore it with --accept-unsealed.\n`,
      );
      const accepted = await cli(['backup', 'restore', edited, '--into', into, '--accept-unsealed']);
      expect(accepted, accepted.stderr).toMatchObject({ code: 0 });
      expect(accepted.stdout).toContain('carried no seal: every file opened with the key');
    });
  });

  it('refuses plainly: a full folder, no passphrase, a folder without a backup, a backup inside the vault', async () => {
    await temp.whileClosed(async () => {
      const occupied = join(temp.root, 'occupied');
      await mkdir(occupied);
      await writeFile(join(occupied, 'notes.txt'), 'mine');
      const full = await cli(['backup', 'restore', backupDir(), '--into', occupied]);
      expect(full).toMatchObject({ code: 1, stdout: '' });
      expect(full.stderr).toBe(`${errorMessage('restore_folder_not_empty', 'en', { folder: 'occupied' })}\n`);
      expect(await readdir(occupied)).toEqual(['notes.txt']);

      const secretless = await cli(['backup', 'restore', backupDir(), '--into', join(temp.root, 'x')], {
        PASSIE_PASSPHRASE: '',
      });
      expect(secretless).toMatchObject({
        code: 1,
        stderr: 'Give the secret in PASSIE_PASSPHRASE or run the command in a terminal.\n',
      });

      const nothing = await cli(['backup', 'verify', occupied]);
      expect(nothing).toMatchObject({ code: 1, stderr: `${errorMessage('backup_missing', 'en')}\n` });

      const inside = await cli(['backup', 'create', '--out', join(temp.vaultDir, 'backup')]);
      expect(inside).toMatchObject({ code: 1, stderr: `${errorMessage('backup_inside_vault', 'en')}\n` });
      expect((await readdir(temp.root)).filter((name) => name.includes('.restoring-'))).toEqual([]);

      expect((await cli(['backup', 'restore', backupDir()])).code).toBe(2);
    });
  });
});
