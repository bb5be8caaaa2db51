import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SealedStore } from '../../../../main/services/vault/sealed-store';

let root: string;
const key = randomBytes(32);
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'passie-store-hold-'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

const onDisk = (path: string) => readFile(join(root, path)).catch(() => undefined);
const tick = () => new Promise((resolveTick) => setTimeout(resolveTick, 20));

describe('SealedStore.whileWritesHeld', () => {
  it('lets the writes under way finish first, and holds back those asked for meanwhile until it is done', async () => {
    const store = new SealedStore(root, () => key);
    const before = store.write('index.psv', Buffer.from('before'));
    let seenInside: string | undefined;
    let heldWrite: Promise<void> | undefined;
    let heldRemove: Promise<void> | undefined;
    await store.whileWritesHeld(async () => {
      // The write asked for before the hold is complete on disk by now.
      seenInside = (await store.read('index.psv'))?.toString();
      heldWrite = store.write('index.psv', Buffer.from('during'));
      void store.write('index.psv', Buffer.from('during, newest'));
      heldRemove = store.remove('settings.psv');
      await tick();
      expect((await store.read('index.psv'))?.toString()).toBe('before');
    });
    await before;
    expect(seenInside).toBe('before');
    await Promise.all([heldWrite, heldRemove]);
    await store.flush();
    expect((await store.read('index.psv'))?.toString()).toBe('during, newest');
  });

  it('holds a removal too, and runs one hold at a time', async () => {
    const store = new SealedStore(root, () => key);
    await store.write('catalogue.psv', Buffer.from('x'));
    const order: string[] = [];
    const first = store.whileWritesHeld(async () => {
      void store.remove('catalogue.psv').then(() => order.push('removed'));
      await tick();
      expect(await onDisk('catalogue.psv')).toBeDefined();
      order.push('first');
    });
    const second = store.whileWritesHeld(async () => {
      order.push('second');
    });
    await Promise.all([first, second]);
    await store.flush();
    await tick();
    expect(order.slice(0, 1)).toEqual(['first']);
    expect(order).toContain('second');
    expect(order).toContain('removed');
    expect(await onDisk('catalogue.psv')).toBeUndefined();
  });

  it('releases the hold when the work fails', async () => {
    const store = new SealedStore(root, () => key);
    await expect(
      store.whileWritesHeld(async () => {
        throw new Error('snapshot failed');
      }),
    ).rejects.toThrow('snapshot failed');
    await store.write('settings.psv', Buffer.from('after'));
    expect((await store.read('settings.psv'))?.toString()).toBe('after');
  });
});
