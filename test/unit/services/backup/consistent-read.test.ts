import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  listVaultFiles,
  readVaultAsOfOneMoment,
  type WriteWatch,
} from '../../../../main/services/backup/consistent-read';
import { unseal } from '../../../../main/services/vault/sealed-file';
import { SealedStore } from '../../../../main/services/vault/sealed-store';

let root: string;
const key = randomBytes(32);
const DOSSIER = 'trajects/tr_aaaaaaaaaaaaaaaaaaaa/dossier.psv';

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'passie-consistent-read-'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('listVaultFiles', () => {
  it('lists vault.json and the sealed files only: no temp files, lock, stray documents or hidden folders', async () => {
    const store = new SealedStore(root, () => key);
    await store.write('index.psv', Buffer.from('i'));
    await store.write(DOSSIER, Buffer.from('d'));
    await writeFile(join(root, 'vault.json'), '{}');
    await writeFile(join(root, '.index.psv.0123456789ab.tmp'), 'half a write');
    await mkdir(join(root, 'studio.lock'));
    await writeFile(join(root, 'Verslag Jansen.docx'), 'not a vault file');
    await mkdir(join(root, '.hidden'));
    await writeFile(join(root, '.hidden', 'index.psv'), 'x');
    expect(await listVaultFiles(root)).toEqual(['index.psv', DOSSIER, 'vault.json']);
  });
});

describe('readVaultAsOfOneMoment', () => {
  it('gives every file as it was when the writes were held: changed ones read again, removed ones dropped', async () => {
    const store = new SealedStore(root, () => key);
    await writeFile(join(root, 'vault.json'), '{}');
    for (const path of ['a.psv', 'b.psv', DOSSIER]) await store.write(path, Buffer.from(`${path} 1`));

    let inFlight: Promise<void> | undefined;
    let lateWrite: Promise<void> | undefined;
    const watch: WriteWatch = {
      watchWrites: (watcher) => store.watchWrites(watcher),
      whileWritesHeld: (work) => {
        // A save on its way to the disk as the hold begins is waited for, and read again: it belongs to the moment.
        inFlight = store.write('b.psv', Buffer.from('b.psv 3'));
        return store.whileWritesHeld(async () => {
          // One that arrives during the hold waits for it: the backup must not see it.
          lateWrite = store.write('a.psv', Buffer.from('a.psv late'));
          return work();
        });
      },
    };
    const taken = new Map<string, string>();
    let first = true;
    const paths = await readVaultAsOfOneMoment(root, watch, async (path, bytes) => {
      if (first) {
        // The coach keeps working while the copy runs: a changed file, a new one, a removed one.
        first = false;
        await store.write('b.psv', Buffer.from('b.psv 2'));
        await store.write('c.psv', Buffer.from('c.psv 1'));
        await store.remove(DOSSIER);
      }
      taken.set(path, path === 'vault.json' ? bytes.toString() : unseal(key, path, bytes).toString());
    });
    await Promise.all([inFlight, lateWrite]);

    expect(paths).toEqual(['a.psv', 'b.psv', 'c.psv', 'vault.json']);
    expect(Object.fromEntries(paths.map((path) => [path, taken.get(path)]))).toEqual({
      'a.psv': 'a.psv 1',
      'b.psv': 'b.psv 3',
      'c.psv': 'c.psv 1',
      'vault.json': '{}',
    });
    expect((await store.read('a.psv'))?.toString()).toBe('a.psv late');
  });
});
