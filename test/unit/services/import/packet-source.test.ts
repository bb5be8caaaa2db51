import { webcrypto } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { openPacketForImport, type PacketSourcePorts } from '../../../../main/services/import/packet-source';
import { packetTrajectRef } from '../../../../shared/packet/packet-format';
import { keyFingerprint, sealAnswers, type PacketCryptoKey } from '../../../../shared/packet/envelope';
import { errorCodeOf } from '../../../support/error-code';

const HERE = 'tr_aaaaaaaaaaaaaaaaaaaa';
const THERE = 'tr_bbbbbbbbbbbbbbbbbbbb';
const GONE = 'tr_cccccccccccccccccccc';

let key: { privateKey: PacketCryptoKey; fingerprint: string };
let publicKeyRaw: Uint8Array;

beforeAll(async () => {
  const pair = await webcrypto.subtle.generateKey({ name: 'ECDH', namedCurve: 'P-256' }, false, ['deriveBits']);
  publicKeyRaw = new Uint8Array(await webcrypto.subtle.exportKey('raw', pair.publicKey));
  key = { privateKey: pair.privateKey, fingerprint: await keyFingerprint(publicKeyRaw) };
});

async function packet(trajectRef: string, packetId = 'pa_0123456789abcdefghij'): Promise<Uint8Array> {
  const text = await sealAnswers(
    publicKeyRaw,
    { packetId, trajectRef, coachKeyFingerprint: key.fingerprint },
    { sentAt: '2026-11-26T20:00:00.000Z', language: 'nl', answers: [{ question: 'Vraag', answer: 'Antwoord' }] },
  );
  return new TextEncoder().encode(text);
}

function ports(overrides: Partial<PacketSourcePorts> = {}): PacketSourcePorts {
  return {
    key: () => Promise.resolve(key),
    trajectExists: (id) => Promise.resolve(id === HERE || id === THERE),
    received: () => Promise.resolve(false),
    ...overrides,
  };
}

describe('opening a packet for import', () => {
  it('opens a packet for this traject', async () => {
    const opened = await openPacketForImport(await packet(HERE), HERE, ports());
    expect(opened.header.trajectRef).toBe(HERE);
    expect(opened.unknownTraject).toBe(false);
    expect(opened.payload.answers).toEqual([{ question: 'Vraag', answer: 'Antwoord' }]);
  });

  it('finds no packet for a vault that never made a key', async () => {
    expect(
      await errorCodeOf(openPacketForImport(await packet(HERE), HERE, ports({ key: async () => undefined }))),
    ).toBe('import_packet_wrong_key');
  });

  it('trusts the traject reference only once the packet has opened', async () => {
    // A header rewritten to point at another traject is tampering, not a packet for that traject.
    const file = JSON.parse(new TextDecoder().decode(await packet(HERE))) as Record<string, unknown>;
    const moved = new TextEncoder().encode(JSON.stringify({ ...file, trajectRef: THERE }));
    expect(await errorCodeOf(openPacketForImport(moved, HERE, ports()))).toBe('import_packet_tampered');
    expect(await errorCodeOf(openPacketForImport(await packet(THERE), HERE, ports()))).toBe(
      'import_packet_other_traject',
    );
  });

  it('says replayed before anything about the traject', async () => {
    const received = ports({ received: async () => true });
    expect(await errorCodeOf(openPacketForImport(await packet(THERE), HERE, received))).toBe('import_packet_replayed');
  });

  it('lets the coach place a packet for a traject the vault lacks, but not take such a traject from it', async () => {
    expect((await openPacketForImport(await packet(GONE), HERE, ports())).unknownTraject).toBe(true);
    expect(await errorCodeOf(openPacketForImport(await packet(GONE), GONE, ports()))).toBe(
      'import_packet_unknown_traject',
    );
  });

  it('reads the traject reference from the clear header for the command line, or nothing', async () => {
    expect(packetTrajectRef(await packet(THERE))).toBe(THERE);
    expect(packetTrajectRef(new TextEncoder().encode('Beste coach,'))).toBeUndefined();
  });
});
