import { copyFile, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SealError, sealStamp, unseal } from '../../../main/services/vault/sealed-file';
import { isSealedVaultPath } from '../../../main/services/vault/vault-layout';
import { TEST_PASSPHRASE, TempStudio } from '../../support/temp-studio';

let temp: TempStudio;

beforeEach(async () => {
  temp = await TempStudio.open();
  const { id: clientId } = await temp.call('client.add', { name: 'Daniëlle' });
  await temp.call('traject.add', { clientId, title: 'Traject' });
});

afterEach(async () => {
  await temp.dispose();
});

/** Every sealed file of the vault, by vault path. */
async function sealedFiles(): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>();
  for (const entry of await readdir(temp.vaultDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const vaultPath = join(entry.parentPath, entry.name).slice(temp.vaultDir.length + 1);
    if (isSealedVaultPath(vaultPath)) files.set(vaultPath, await readFile(join(temp.vaultDir, vaultPath)));
  }
  return files;
}

const opens = (key: Buffer, vaultPath: string, sealed: Buffer) => {
  try {
    unseal(key, vaultPath, sealed);
    return true;
  } catch (error) {
    if (error instanceof SealError) return false;
    throw error;
  }
};

describe('rotating the data key', () => {
  it('re-seals every file under a new key and recovery key; an old vault.json with the old passphrase opens nothing', async () => {
    const oldKey = Buffer.from(temp.studio.vault.key());
    await temp.studio.vault.lock();
    await copyFile(join(temp.vaultDir, 'vault.json'), join(temp.root, 'old-vault.json'));
    await temp.reopen();

    const wrong = await temp.dispatch('vault.rotateKey', { passphrase: 'niet het goede wachtwoord hier' });
    expect(!wrong.ok && wrong.error.code).toBe('wrong_passphrase');
    const { recoveryKey } = await temp.call('vault.rotateKey', { passphrase: TEST_PASSPHRASE });
    expect(recoveryKey).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){7}$/);
    await temp.call('client.add', { name: 'Na de wissel' });
    await temp.studio.vault.lock();

    const files = await sealedFiles();
    expect([...files.keys()]).toEqual(expect.arrayContaining(['index.psv', 'ledger.psv']));
    expect([...files.keys()].some((path) => path.endsWith('dossier.psv'))).toBe(true);
    for (const [vaultPath, sealed] of files) {
      expect(sealStamp(sealed).epoch, vaultPath).toBe(1);
      expect(opens(oldKey, vaultPath, sealed), vaultPath).toBe(false);
    }
    // The vault still opens with its passphrase and its new recovery key, and all is there.
    await temp.reopen();
    expect((await temp.call('client.list', {})).clients).toHaveLength(2);
    expect((await temp.call('app.status', {})).health).toEqual({ damage: [], recoveryKeyNeeded: false });
    await temp.studio.vault.lock();
    const recovered = await temp.dispatch('vault.recover', {
      recoveryKey,
      newPassphrase: 'een nieuwe zin voor na de wissel',
    });
    expect(recovered.ok).toBe(true);
    await temp.studio.close();

    // The old vault.json, with the old passphrase: unwraps the old key, which opens nothing written since.
    await copyFile(join(temp.root, 'old-vault.json'), join(temp.vaultDir, 'vault.json'));
    await temp.reopen();
    expect(await temp.codeOf('client.list', {})).not.toBe('ok');
    expect((await temp.call('app.status', {})).health?.damage).toContainEqual({
      file: 'ledger.psv',
      problem: 'unreadable',
    });
  });

  it('finishes a rotation a crash interrupted at the next unlock, and asks for a new recovery key', async () => {
    await temp.studio.vault.startRotation(TEST_PASSPHRASE);
    // The studio stops here: vault.json holds both keys, no file is re-sealed yet.
    await temp.studio.close();
    await temp.whileClosed(async () => undefined);
    for (const [vaultPath, sealed] of await sealedFiles()) expect(sealStamp(sealed).epoch, vaultPath).toBe(1);
    expect((await temp.call('app.status', {})).health).toEqual({ damage: [], recoveryKeyNeeded: true });
    const descriptor = JSON.parse(await readFile(join(temp.vaultDir, 'vault.json'), 'utf8'));
    expect(descriptor).toMatchObject({ keyEpoch: 1, recoveryKeyNeeded: true });
    expect(descriptor.rotation).toBeUndefined();

    await temp.call('vault.newRecoveryKey', { passphrase: TEST_PASSPHRASE });
    expect((await temp.call('app.status', {})).health).toEqual({ damage: [], recoveryKeyNeeded: false });
    expect((await temp.call('client.list', {})).clients).toHaveLength(1);
  });
});
