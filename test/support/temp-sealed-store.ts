import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import { SealedStore } from '../../main/services/vault/sealed-store';

/** A real SealedStore per test: a fresh temp folder and a random data key, removed after the test. */
export interface TempSealedStore {
  root: string;
  dataKey: Buffer;
  store: SealedStore;
}

export function useTempSealedStore(prefix: string): TempSealedStore {
  const temp = {} as TempSealedStore;
  beforeEach(async () => {
    temp.root = await mkdtemp(join(tmpdir(), prefix));
    temp.dataKey = randomBytes(32);
    temp.store = new SealedStore(temp.root, () => temp.dataKey);
  });
  afterEach(async () => {
    await rm(temp.root, { recursive: true, force: true });
  });
  return temp;
}
