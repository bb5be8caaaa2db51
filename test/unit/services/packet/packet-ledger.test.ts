import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PacketLedger } from '../../../../main/services/packet/packet-ledger';
import { unseal } from '../../../../main/services/vault/sealed-file';
import { SealedStore } from '../../../../main/services/vault/sealed-store';
import { errorCodeOf } from '../../../support/error-code';
import { useTempSealedStore } from '../../../support/temp-sealed-store';
import { PACKET_LEDGER_PATH } from '../../../../main/services/vault/vault-layout';

const vault = useTempSealedStore('passie-packet-ledger-');
const now = () => Date.parse('2026-11-26T21:00:00.000Z');

describe('the ledger of received packets', () => {
  const packetId = 'pa_0123456789abcdefghij';
  const trajectId = 'tr_abcdefghij0123456789';

  it('records a packet with its work, and refuses it the second time without running the work', async () => {
    const ledger = new PacketLedger(vault.store, now);
    let runs = 0;
    expect(await ledger.receive(packetId, trajectId, async () => ++runs)).toBe(1);
    expect(await ledger.has(packetId)).toBe(true);
    expect(await errorCodeOf(ledger.receive(packetId, 'tr_zzzzzzzzzz0000000000', async () => ++runs))).toBe(
      'import_packet_replayed',
    );
    expect(runs).toBe(1);
    // A restart reads the same record from the sealed file.
    expect(await new PacketLedger(new SealedStore(vault.root, () => vault.dataKey), now).has(packetId)).toBe(true);
    const plain = unseal(
      vault.dataKey,
      PACKET_LEDGER_PATH,
      await readFile(join(vault.root, 'packets', 'received.psv')),
    );
    expect(JSON.parse(plain.toString('utf8'))).toEqual({
      format: 1,
      received: [{ packetId, trajectId, importedAt: '2026-11-26T21:00:00.000Z' }],
    });
  });

  it('takes the record back when the work fails, leaving no file behind', async () => {
    const ledger = new PacketLedger(vault.store, now);
    expect(await errorCodeOf(ledger.receive(packetId, trajectId, () => Promise.reject(new Error('disk full'))))).toBe(
      'Error: disk full',
    );
    expect(await ledger.has(packetId)).toBe(false);
    await expect(readFile(join(vault.root, 'packets', 'received.psv'))).rejects.toMatchObject({ code: 'ENOENT' });
    // With earlier packets recorded, only the failed one goes.
    await ledger.receive('pa_aaaaaaaaaaaaaaaaaaaa', trajectId, async () => undefined);
    await errorCodeOf(ledger.receive(packetId, trajectId, () => Promise.reject(new Error('no'))));
    expect(await ledger.has('pa_aaaaaaaaaaaaaaaaaaaa')).toBe(true);
    expect(await ledger.has(packetId)).toBe(false);
  });

  it('lets only one of two simultaneous imports of a packet in', async () => {
    const ledger = new PacketLedger(vault.store, now);
    const outcomes = await Promise.all(
      [1, 2, 3].map((n) => errorCodeOf(ledger.receive(packetId, trajectId, async () => n))),
    );
    expect(outcomes.sort()).toEqual(['import_packet_replayed', 'import_packet_replayed', 'ok']);
  });
});
