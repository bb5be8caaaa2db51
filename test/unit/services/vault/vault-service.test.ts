import { mkdtemp, mkdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { StudioError } from '../../../../shared/api/studio-error';
import { VaultService } from '../../../../main/services/vault/vault-service';
import { INSTANCE_LOCK } from '../../../../main/services/vault/vault-layout';

const PASSPHRASE = 'de zee is vandaag opvallend groen';
const OTHER = 'fietsen langs de vaart met regen';

let root: string;
let vaultDir: string;
const opened: VaultService[] = [];

function service(ports: Partial<ConstructorParameters<typeof VaultService>[0]> = {}): VaultService {
  const vault = new VaultService({ vaultDir, ...ports });
  opened.push(vault);
  return vault;
}

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'ok';
  } catch (error) {
    if (error instanceof StudioError) return error.code;
    throw error;
  }
}

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'passie-vault-'));
  vaultDir = join(root, 'vault');
});
afterEach(async () => {
  await Promise.all(opened.splice(0).map((vault) => vault.close()));
  await rm(root, { recursive: true, force: true });
});

describe('VaultService', () => {
  it('creates a vault whose vault.json holds only format, id, KDF parameters, key epoch, wrapped keys and a checksum', async () => {
    const vault = service();
    const { recoveryKey } = await vault.create(PASSPHRASE);
    expect(recoveryKey).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){7}$/);
    expect(await vault.state()).toBe('unlocked');
    const descriptor = JSON.parse(await readFile(join(vaultDir, 'vault.json'), 'utf8'));
    expect(Object.keys(descriptor).sort()).toEqual([
      'checksum',
      'format',
      'kdf',
      'keyEpoch',
      'vaultId',
      'wrappedDataKey',
    ]);
    expect(descriptor).toMatchObject({ format: 2, keyEpoch: 0 });
    expect(descriptor.kdf).toMatchObject({ name: 'scrypt', N: 131072, r: 8, p: 1 });
    expect(Object.keys(descriptor.wrappedDataKey).sort()).toEqual(['passphrase', 'recovery']);
    const raw = await readFile(join(vaultDir, 'vault.json'), 'utf8');
    expect(raw).not.toContain(PASSPHRASE);
    expect(raw).not.toContain(recoveryKey.replace(/-/g, ''));
    expect(raw).not.toContain(vault.key().toString('base64'));
  });

  it('refuses a weak passphrase with its reason and writes nothing', async () => {
    const vault = service();
    expect(await codeOf(vault.create('kort'))).toBe('passphrase_too_short');
    expect(await codeOf(vault.create('wachtwoord12345'))).toBe('passphrase_too_weak');
    expect(await vault.state()).toBe('none');
  });

  it('refuses to create over an existing vault or in a folder with other files', async () => {
    await service().create(PASSPHRASE);
    expect(await codeOf(service().create(OTHER))).toBe('vault_exists');
    const other = join(root, 'other');
    await mkdir(other);
    await writeFile(join(other, 'notes.txt'), 'x');
    expect(await codeOf(new VaultService({ vaultDir: other }).create(PASSPHRASE))).toBe('vault_folder_not_empty');
  });

  it('locks by dropping the key, and unlocks only with the right passphrase', async () => {
    const vault = service();
    await vault.create(PASSPHRASE);
    const key = Buffer.from(vault.key());
    const held = vault.key();
    await vault.lock();
    expect(held.every((byte) => byte === 0)).toBe(true);
    expect(await vault.state()).toBe('locked');
    expect(() => vault.key()).toThrow(new StudioError('vault_locked'));
    expect(await codeOf(vault.unlock(OTHER))).toBe('wrong_passphrase');
    expect(await vault.state()).toBe('locked');
    await vault.unlock(PASSPHRASE);
    expect(vault.key().equals(key)).toBe(true);
  });

  it('accepts the same passphrase typed in another Unicode normalisation', async () => {
    const composed = 'één café aan de rivier vandaag';
    const vault = service();
    await vault.create(composed);
    await vault.lock();
    await vault.unlock(composed.normalize('NFD'));
    expect(vault.isUnlocked()).toBe(true);
  });

  it('slows down repeated wrong passphrases', async () => {
    const vault = service();
    await vault.create(PASSPHRASE);
    await vault.lock();
    for (let i = 0; i < 3; i += 1) expect(await codeOf(vault.unlock(OTHER))).toBe('wrong_passphrase');
    expect(await codeOf(vault.unlock(PASSPHRASE))).toBe('too_many_attempts');
  });

  it('recovers with the recovery key and a new passphrase; the old passphrase stops working', async () => {
    const vault = service();
    const { recoveryKey } = await vault.create(PASSPHRASE);
    const key = Buffer.from(vault.key());
    await vault.close();

    const later = service();
    expect(await codeOf(later.recover('AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA', OTHER))).toBe('wrong_recovery_key');
    expect(await codeOf(later.recover('not a key', OTHER))).toBe('wrong_recovery_key');
    expect(await codeOf(later.recover(recoveryKey, 'kort'))).toBe('passphrase_too_short');
    await later.recover(recoveryKey.toLowerCase().replace(/-/g, ' '), OTHER);
    expect(later.key().equals(key)).toBe(true);
    await later.lock();
    expect(await codeOf(later.unlock(PASSPHRASE))).toBe('wrong_passphrase');
    await later.unlock(OTHER);
    expect(later.key().equals(key)).toBe(true);
  });

  it('changes the passphrase by re-wrapping the data key only', async () => {
    const vault = service();
    const { recoveryKey } = await vault.create(PASSPHRASE);
    const key = Buffer.from(vault.key());
    const before = JSON.parse(await readFile(join(vaultDir, 'vault.json'), 'utf8'));
    expect(await codeOf(vault.changePassphrase(OTHER, OTHER))).toBe('wrong_passphrase');
    await vault.changePassphrase(PASSPHRASE, OTHER);
    const after = JSON.parse(await readFile(join(vaultDir, 'vault.json'), 'utf8'));
    expect(after.wrappedDataKey.recovery).toEqual(before.wrappedDataKey.recovery);
    expect(after.wrappedDataKey.passphrase).not.toEqual(before.wrappedDataKey.passphrase);
    expect(after.kdf.salt).not.toBe(before.kdf.salt);
    await vault.lock();
    await vault.unlock(OTHER);
    expect(vault.key().equals(key)).toBe(true);
    await vault.close();
    const recovered = service();
    await recovered.recover(recoveryKey, PASSPHRASE);
    expect(recovered.key().equals(key)).toBe(true);
  });

  it('locks itself after the idle time and finishes pending saves first', async () => {
    const order: string[] = [];
    const vault = service({ autoLockMinutes: () => 0.001 });
    vault.onLock({ before: async () => void order.push(`save with key: ${vault.isUnlocked()}`) });
    vault.onLock({ after: () => order.push('forgot') });
    await vault.create(PASSPHRASE);
    await new Promise((resolveWait) => setTimeout(resolveWait, 200));
    expect(vault.isUnlocked()).toBe(false);
    expect(order).toEqual(['save with key: true', 'forgot']);
  });

  it('lets one studio at a time open a vault, and takes over a stale lock from a crashed one', async () => {
    await service().create(PASSPHRASE);
    const second = service();
    expect(await codeOf(second.unlock(PASSPHRASE))).toBe('vault_in_use');
    await opened[0]!.close();
    await second.unlock(PASSPHRASE);
    await second.close();

    // A crashed studio leaves its lock behind and stops refreshing it.
    await mkdir(join(vaultDir, INSTANCE_LOCK));
    const old = new Date(Date.now() - 60_000);
    await utimes(join(vaultDir, INSTANCE_LOCK), old, old);
    const third = service();
    await third.unlock(PASSPHRASE);
    expect(third.isUnlocked()).toBe(true);
  });

  it('names a damaged or too new vault.json', async () => {
    const vault = service();
    await vault.create(PASSPHRASE);
    await vault.close();
    const path = join(vaultDir, 'vault.json');
    const good = await readFile(path, 'utf8');
    await writeFile(path, good.slice(0, 40));
    expect(await codeOf(service().unlock(PASSPHRASE))).toBe('vault_descriptor_damaged');
    await writeFile(path, good.replace('"format": 2', '"format": 7'));
    expect(await codeOf(service().unlock(PASSPHRASE))).toBe('vault_too_new');
    // One byte of a wrapped key changed: the checksum says the file is damaged, not that the passphrase is wrong.
    const wrapped = JSON.parse(good).wrappedDataKey.passphrase.ciphertext as string;
    const flipped = `${wrapped[0] === 'A' ? 'B' : 'A'}${wrapped.slice(1)}`;
    await writeFile(path, good.replace(wrapped, flipped));
    expect(await codeOf(service().unlock(PASSPHRASE))).toBe('vault_descriptor_damaged');
    expect(
      await codeOf(
        service()
          .unlock(PASSPHRASE)
          .then(() => undefined),
      ),
    ).not.toBe('ok');
  });
});

describe('VaultService while locked', () => {
  it('refuses to change the passphrase instead of quietly unlocking', async () => {
    const vault = service();
    await vault.create(PASSPHRASE);
    await vault.lock();
    expect(await codeOf(vault.changePassphrase(PASSPHRASE, OTHER))).toBe('vault_locked');
    expect(vault.isUnlocked()).toBe(false);
  });
});
