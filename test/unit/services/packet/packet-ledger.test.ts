import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { StudioError } from '../../../../shared/api/studio-error';
import { PacketLedger, type DossierHoldsPacket } from '../../../../main/services/packet/packet-ledger';
import { unseal } from '../../../../main/services/vault/sealed-file';
import { SealedStore } from '../../../../main/services/vault/sealed-store';
import { errorCodeOf } from '../../../support/error-code';
import { useTempSealedStore } from '../../../support/temp-sealed-store';
import { PACKET_LEDGER_PATH } from '../../../../main/services/vault/vault-layout';

const vault = useTempSealedStore('passie-packet-ledger-');
const now = () => Date.parse('2026-11-26T21:00:00.000Z');
const packetId = 'pa_0123456789abcdefghij';
const otherPacket = 'pa_aaaaaaaaaaaaaaaaaaaa';
const trajectId = 'tr_abcdefghij0123456789';

/** The dossiers as a set of "traject packet" rounds on disk: the work below adds to it, as addRound does. */
function dossiers() {
  const rounds = new Set<string>();
  const holds: DossierHoldsPacket = async (traject, packet) => rounds.has(`${traject} ${packet}`);
  const store = (traject: string, packet: string) => async () => {
    rounds.add(`${traject} ${packet}`);
    return rounds.size;
  };
  return { rounds, holds, store };
}

async function stored(): Promise<unknown> {
  const sealed = await readFile(join(vault.root, 'packets', 'received.psv'));
  return JSON.parse(unseal(vault.dataKey, PACKET_LEDGER_PATH, sealed).toString('utf8'));
}

/** The file as a crash between the pending entry and the round's storing (or its own finishing) leaves it. */
async function crashedWithPending(packet = packetId): Promise<void> {
  await vault.store.write(
    PACKET_LEDGER_PATH,
    Buffer.from(
      JSON.stringify({
        format: 2,
        received: [{ packetId: packet, trajectId, importedAt: '2026-11-26T20:00:00.000Z', pending: true }],
      }),
    ),
  );
}

describe('the ledger of received packets', () => {
  it('records a packet with its round, and refuses it the second time without running the work', async () => {
    const { holds, store } = dossiers();
    const ledger = new PacketLedger(vault.store, now, holds);
    expect(await ledger.receive(packetId, trajectId, store(trajectId, packetId))).toBe(1);
    expect(await ledger.has(packetId)).toBe(true);
    let runs = 0;
    expect(await errorCodeOf(ledger.receive(packetId, 'tr_zzzzzzzzzz0000000000', async () => (runs += 1)))).toBe(
      'import_packet_replayed',
    );
    expect(runs).toBe(0);
    // A restart reads the same record from the sealed file.
    const restarted = new PacketLedger(new SealedStore(vault.root, () => vault.dataKey), now, holds);
    expect(await restarted.has(packetId)).toBe(true);
    expect(await stored()).toEqual({
      format: 2,
      received: [{ packetId, trajectId, importedAt: '2026-11-26T21:00:00.000Z' }],
    });
  });

  it('takes the entry back when the round was not stored, and keeps it when it was after all', async () => {
    const { holds, store } = dossiers();
    const ledger = new PacketLedger(vault.store, now, holds);
    expect(await errorCodeOf(ledger.receive(packetId, trajectId, () => Promise.reject(new Error('disk full'))))).toBe(
      'Error: disk full',
    );
    expect(await ledger.has(packetId)).toBe(false);
    await expect(stored()).rejects.toMatchObject({ code: 'ENOENT' });
    // Stored, and then something after it failed (the index, say): the dossier says it is in, so it stays in.
    const storedThenFailed = async () => {
      await store(trajectId, otherPacket)();
      throw new Error('index write failed');
    };
    expect(await errorCodeOf(ledger.receive(otherPacket, trajectId, storedThenFailed))).toBe(
      'Error: index write failed',
    );
    expect(await ledger.has(otherPacket)).toBe(true);
    expect(await errorCodeOf(ledger.receive(otherPacket, trajectId, store(trajectId, otherPacket)))).toBe(
      'import_packet_replayed',
    );
    // And the first, never stored, can still come in.
    expect(await errorCodeOf(ledger.receive(packetId, trajectId, store(trajectId, packetId)))).toBe('ok');
  });

  it('settles an entry a crash left pending by what the dossier holds', async () => {
    // The round got in before the crash: the packet counts as received.
    const got = dossiers();
    got.rounds.add(`${trajectId} ${packetId}`);
    await crashedWithPending();
    const ledger = new PacketLedger(vault.store, now, got.holds);
    expect(await ledger.has(packetId)).toBe(true);
    await ledger.settle();
    expect(await stored()).toEqual({
      format: 2,
      received: [{ packetId, trajectId, importedAt: '2026-11-26T20:00:00.000Z' }],
    });
    expect(await errorCodeOf(ledger.receive(packetId, trajectId, got.store(trajectId, packetId)))).toBe(
      'import_packet_replayed',
    );

    // The round never got in: the entry goes, and the packet can come in.
    const lost = dossiers();
    await crashedWithPending();
    const again = new PacketLedger(vault.store, now, lost.holds);
    expect(await again.has(packetId)).toBe(false);
    await again.settle();
    await expect(stored()).rejects.toMatchObject({ code: 'ENOENT' });
    expect(await again.receive(packetId, trajectId, lost.store(trajectId, packetId))).toBe(1);
  });

  it('says why it cannot tell, rather than "imported before", when the dossier cannot be read', async () => {
    await crashedWithPending();
    const damaged = new StudioError('dossier_damaged', { params: { traject: 'Loopbaan' } });
    const { store } = dossiers();
    const ledger = new PacketLedger(vault.store, now, async () => Promise.reject(damaged));
    await ledger.settle();
    expect(await errorCodeOf(ledger.receive(packetId, trajectId, store(trajectId, packetId)))).toBe('dossier_damaged');
    // The entry waits for a readable dossier; other packets still come in.
    expect((await stored()) as { received: unknown[] }).toMatchObject({ received: [{ packetId, pending: true }] });
    expect(await errorCodeOf(ledger.receive(otherPacket, trajectId, store(trajectId, otherPacket)))).toBe('ok');
  });

  it('reads a ledger written before pending entries existed', async () => {
    await vault.store.write(
      PACKET_LEDGER_PATH,
      Buffer.from(
        JSON.stringify({ format: 1, received: [{ packetId, trajectId, importedAt: '2026-01-02T03:04:05.000Z' }] }),
      ),
    );
    const ledger = new PacketLedger(vault.store, now, dossiers().holds);
    expect(await ledger.has(packetId)).toBe(true);
    expect(await ledger.has(otherPacket)).toBe(false);
  });

  it('lets only one of two simultaneous imports of a packet in', async () => {
    const { holds, store } = dossiers();
    const ledger = new PacketLedger(vault.store, now, holds);
    const outcomes = await Promise.all(
      [1, 2, 3].map(() => errorCodeOf(ledger.receive(packetId, trajectId, store(trajectId, packetId)))),
    );
    expect(outcomes.sort()).toEqual(['import_packet_replayed', 'import_packet_replayed', 'ok']);
  });
});
