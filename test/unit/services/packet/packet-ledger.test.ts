import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { StudioError } from '../../../../main/api/studio-error';
import { PACKET_LEDGER_PATH, PacketLedger } from '../../../../main/services/packet/packet-ledger';
import { unseal } from '../../../../main/services/vault/sealed-file';
import { SealedStore } from '../../../../main/services/vault/sealed-store';

let root: string;
let dataKey: Buffer;
let store: SealedStore;
const now = () => Date.parse('2026-11-26T21:00:00.000Z');

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'passie-packet-ledger-'));
  dataKey = randomBytes(32);
  store = new SealedStore(root, () => dataKey);
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

const errorCode = (promise: Promise<unknown>) =>
  promise.then(
    () => 'ok',
    (error: unknown) => (error instanceof StudioError ? error.code : String(error)),
  );

describe('the ledger of received packets', () => {
  const packetId = 'pa_0123456789abcdefghij';
  const trajectId = 'tr_abcdefghij0123456789';

  it('records a packet with its work, and refuses it the second time without running the work', async () => {
    const ledger = new PacketLedger(store, now);
    let runs = 0;
    expect(await ledger.receive(packetId, trajectId, async () => ++runs)).toBe(1);
    expect(await ledger.has(packetId)).toBe(true);
    expect(await errorCode(ledger.receive(packetId, 'tr_zzzzzzzzzz0000000000', async () => ++runs))).toBe(
      'import_packet_replayed',
    );
    expect(runs).toBe(1);
    // A restart reads the same record from the sealed file.
    expect(await new PacketLedger(new SealedStore(root, () => dataKey), now).has(packetId)).toBe(true);
    const plain = unseal(dataKey, PACKET_LEDGER_PATH, await readFile(join(root, 'packets', 'received.psv')));
    expect(JSON.parse(plain.toString('utf8'))).toEqual({
      format: 1,
      received: [{ packetId, trajectId, importedAt: '2026-11-26T21:00:00.000Z' }],
    });
  });

  it('takes the record back when the work fails, leaving no file behind', async () => {
    const ledger = new PacketLedger(store, now);
    expect(await errorCode(ledger.receive(packetId, trajectId, () => Promise.reject(new Error('disk full'))))).toBe(
      'Error: disk full',
    );
    expect(await ledger.has(packetId)).toBe(false);
    await expect(readFile(join(root, 'packets', 'received.psv'))).rejects.toMatchObject({ code: 'ENOENT' });
    // With earlier packets recorded, only the failed one goes.
    await ledger.receive('pa_aaaaaaaaaaaaaaaaaaaa', trajectId, async () => undefined);
    await errorCode(ledger.receive(packetId, trajectId, () => Promise.reject(new Error('no'))));
    expect(await ledger.has('pa_aaaaaaaaaaaaaaaaaaaa')).toBe(true);
    expect(await ledger.has(packetId)).toBe(false);
  });

  it('lets only one of two simultaneous imports of a packet in', async () => {
    const ledger = new PacketLedger(store, now);
    const outcomes = await Promise.all(
      [1, 2, 3].map((n) => errorCode(ledger.receive(packetId, trajectId, async () => n))),
    );
    expect(outcomes.sort()).toEqual(['import_packet_replayed', 'import_packet_replayed', 'ok']);
  });
});
