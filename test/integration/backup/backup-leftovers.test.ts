// What a crash leaves behind, cleared by the next run (issue 14): the temp file of a manifest being written, by the
// next backup into that folder; the staging folder of a restore, by the next restore into that target. Only what
// is named exactly as the studio names it, and for a staging folder only one that holds nothing but what a restore
// writes and that no running restore holds.
import { cp, mkdir, readdir, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import lockfile from 'proper-lockfile';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKUP_MANIFEST } from '../../../main/services/backup/backup-manifest';
import { restoreBackup } from '../../../main/services/backup/backup-restore';
import { TEST_PASSPHRASE, TempStudio } from '../../support/temp-studio';

let temp: TempStudio;
let backupDir: string;

beforeAll(async () => {
  temp = await TempStudio.open();
  await temp.call('client.add', { name: 'Daniëlle Test' });
  backupDir = join(temp.root, 'usb', 'back-up');
  await mkdir(backupDir, { recursive: true });
  await temp.call('backup.create', { folder: backupDir });
}, 60_000);

afterAll(async () => {
  await temp.dispose();
});

const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000);

describe('leftovers of a crash', { timeout: 60_000 }, () => {
  it('the next backup into the folder removes a manifest’s abandoned temp file, and nothing else', async () => {
    // What writeFileAtomic leaves when the process dies between writing the temp file and renaming it.
    const abandoned = '.backup-manifest.json.0123456789ab.tmp';
    await writeFile(join(backupDir, abandoned), '{"format": 3');
    const others = ['.backup-manifest.json.not-ours.tmp', '.DS_Store', '.backup-manifest.json.0123456789AB.tmp'];
    for (const name of others) await writeFile(join(backupDir, name), 'the coach’s, or the system’s');

    await temp.call('backup.create', { folder: backupDir });
    expect((await readdir(backupDir)).sort()).toEqual([...others, BACKUP_MANIFEST, 'packs'].sort());
  });

  it('the next restore into a target removes the abandoned staging folder beside it, and nothing else', async () => {
    const parent = join(temp.root, 'restores');
    await mkdir(parent);
    const into = join(parent, 'vault');
    /** A staging folder as a restore killed halfway leaves it: vault files, a temp file, its (stale) lock. */
    const stage = async (name: string, extra?: (folder: string) => Promise<void>) => {
      const folder = join(parent, name);
      await mkdir(join(folder, '.restoring.lock'), { recursive: true });
      await cp(join(temp.vaultDir, 'vault.json'), join(folder, 'vault.json'));
      await cp(join(temp.vaultDir, 'index.psv'), join(folder, 'index.psv'));
      await writeFile(join(folder, '.audit.psv.00112233aabb.tmp'), 'half written');
      await extra?.(folder);
      for (const path of [join(folder, '.restoring.lock'), folder]) await utimes(path, minutesAgo(5), minutesAgo(5));
      return folder;
    };
    await stage('vault.restoring-00112233aabb');
    // Not ours, or not abandoned: another target's, a name not the studio's, a stranger's file inside, in use.
    await stage('other.restoring-00112233aabb');
    await stage('vault.restoring-later');
    await stage('vault.restoring-445566778899', (folder) => writeFile(join(folder, 'notes.txt'), 'mine'));
    const held = await stage('vault.restoring-ccddeeff0011');
    const release = await lockfile.lock(held, { lockfilePath: join(held, '.restoring.lock'), realpath: false });
    const fresh = join(parent, 'vault.restoring-a1b2c3d4e5f6');
    await mkdir(fresh);

    try {
      await restoreBackup({ backupDir, intoDir: into, passphrase: TEST_PASSPHRASE });
    } finally {
      await release();
    }
    expect((await readdir(parent)).sort()).toEqual(
      [
        'other.restoring-00112233aabb',
        'vault',
        'vault.restoring-445566778899',
        'vault.restoring-a1b2c3d4e5f6',
        'vault.restoring-ccddeeff0011',
        'vault.restoring-later',
      ].sort(),
    );
    // The restored vault carries no lock of the restore's.
    expect(await readdir(into)).not.toContain('.restoring.lock');
  });
});
