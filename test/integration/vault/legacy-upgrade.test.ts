import { copyFile, mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createStudio, type Studio } from '../../../main/api/studio';
import { legacyVaultId } from '../../../main/services/vault/vault-descriptor';
import { writeFormat1Vault } from '../../support/legacy-vault';
import { TEST_PASSPHRASE } from '../../support/temp-studio';

let root: string;
let vaultDir: string;
let studio: Studio;

const client = { id: 'cl_aaaaaaaaaaaaaaaaaaaa', name: 'Daniëlle', createdAt: '2025-01-06T09:00:00.000Z' };

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'passie-legacy-'));
  vaultDir = join(root, 'vault');
  await writeFormat1Vault(vaultDir, TEST_PASSPHRASE, {
    'index.psv': { format: 1, clients: [client], trajects: [] },
  });
  studio = createStudio({ vaultDir, language: () => 'en' });
});

afterEach(async () => {
  await studio.close();
  await rm(root, { recursive: true, force: true });
});

async function unlock(): Promise<{ ok: boolean; code?: string }> {
  const result = await studio.dispatch('vault.unlock', { passphrase: TEST_PASSPHRASE });
  return result.ok ? { ok: true } : { ok: false, code: result.error.code };
}

describe('a vault from before the ledger', () => {
  it('opens as it was, gets a ledger and a format 2 vault.json with the id its backups know', async () => {
    const before = JSON.parse(await readFile(join(vaultDir, 'vault.json'), 'utf8'));
    expect(await unlock()).toEqual({ ok: true });
    const clients = await studio.dispatch('client.list', {});
    expect(clients).toEqual({ ok: true, value: { clients: [client] } });
    const after = JSON.parse(await readFile(join(vaultDir, 'vault.json'), 'utf8'));
    expect(after).toMatchObject({ format: 2, keyEpoch: 0, vaultId: legacyVaultId(before) });
    expect((await stat(join(vaultDir, 'ledger.psv'))).isFile()).toBe(true);
    const status = await studio.dispatch('app.status', {});
    expect(status).toMatchObject({ ok: true, value: { health: { damage: [], recoveryKeyNeeded: false } } });
  });

  it('refuses its old vault.json put back beside the ledger the upgrade made', async () => {
    await copyFile(join(vaultDir, 'vault.json'), join(root, 'format-1.json'));
    expect(await unlock()).toEqual({ ok: true });
    await studio.close();
    await copyFile(join(root, 'format-1.json'), join(vaultDir, 'vault.json'));
    studio = createStudio({ vaultDir, language: () => 'en' });
    expect(await unlock()).toEqual({ ok: false, code: 'vault_descriptor_rolled_back' });
    expect(studio.vault.isUnlocked()).toBe(false);
  });
});
