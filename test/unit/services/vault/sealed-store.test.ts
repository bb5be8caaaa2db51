import { randomBytes } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as sealedFile from '../../../../main/services/vault/sealed-file';
import { DamagedFileError, SealedStore } from '../../../../main/services/vault/sealed-store';

let root: string;
const key = randomBytes(32);
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'passie-store-'));
});
afterEach(async () => {
  vi.restoreAllMocks();
  await rm(root, { recursive: true, force: true });
});

describe('SealedStore', () => {
  it('writes sealed files under their vault path and reads them back', async () => {
    const store = new SealedStore(root, () => key);
    await store.write('trajects/tr_a/dossier.psv', Buffer.from('hallo wereld'));
    const raw = await readFile(join(root, 'trajects', 'tr_a', 'dossier.psv'));
    expect(raw.includes(Buffer.from('hallo'))).toBe(false);
    expect((await store.read('trajects/tr_a/dossier.psv'))?.toString()).toBe('hallo wereld');
    expect(await store.read('index.psv')).toBeUndefined();
  });

  it('serialises and coalesces concurrent saves of one file: the last one wins, few are written', async () => {
    const sealSpy = vi.spyOn(sealedFile, 'sealParts');
    const store = new SealedStore(root, () => key);
    const saves = Array.from({ length: 50 }, (_, i) => store.write('index.psv', Buffer.from(`version ${i}`)));
    await Promise.all(saves);
    expect((await store.read('index.psv'))?.toString()).toBe('version 49');
    expect(sealSpy.mock.calls.length).toBeGreaterThanOrEqual(1);
    expect(sealSpy.mock.calls.length).toBeLessThanOrEqual(3);
    expect((await readdir(root)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('flush waits for every pending write', async () => {
    const store = new SealedStore(root, () => key);
    void store.write('a.psv', Buffer.from('1'));
    void store.write('a.psv', Buffer.from('2'));
    void store.write('b.psv', Buffer.from('3'));
    await store.flush();
    const fresh = new SealedStore(root, () => key);
    expect((await fresh.read('a.psv'))?.toString()).toBe('2');
    expect((await fresh.read('b.psv'))?.toString()).toBe('3');
  });

  it('names the damaged file and the problem', async () => {
    const store = new SealedStore(root, () => key);
    await store.write('settings.psv', Buffer.from('{}'));
    const other = new SealedStore(root, () => randomBytes(32));
    await expect(other.read('settings.psv')).rejects.toEqual(
      new DamagedFileError('settings.psv', 'failed_authentication'),
    );
  });

  it('refuses paths that could leave the vault or are not vault files', async () => {
    const store = new SealedStore(root, () => key);
    for (const path of ['../x.psv', '/etc/passwd', 'trajects/../../x.psv', 'index.json', 'A.psv', 'a//b.psv']) {
      await expect(store.write(path, Buffer.from('x'))).rejects.toThrow(RangeError);
    }
  });
});
