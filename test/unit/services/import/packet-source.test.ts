import { webcrypto } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { openPacketForImport, type PacketSourcePorts } from '../../../../main/services/import/packet-source';
import { questionDigest, type IssuedPacket } from '../../../../main/services/packet/issued-packets';
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

const PACKET = 'pa_0123456789abcdefghij';
const ASKED = [{ question: 'Vraag', answer: 'Antwoord' }];

/** The packet the vault made: for `trajectId`, with the question "Vraag" and a catalogue question. */
function issued(trajectId: string): IssuedPacket {
  return {
    packetId: PACKET,
    trajectId,
    createdAt: '2026-11-20T10:00:00.000Z',
    questions: [{ sha256: questionDigest('Vraag') }, { questionId: 'haven-1', sha256: questionDigest('Waar?') }],
  };
}

async function packet(trajectRef: string, answers = ASKED): Promise<Uint8Array> {
  const text = await sealAnswers(
    publicKeyRaw,
    { packetId: PACKET, trajectRef, coachKeyFingerprint: key.fingerprint },
    { sentAt: '2026-11-26T20:00:00.000Z', language: 'nl', answers },
  );
  return new TextEncoder().encode(text);
}

/** Ports of a vault that made the packet for `madeFor` (the traject the file names, unless a test says otherwise). */
function ports(madeFor: string, overrides: Partial<PacketSourcePorts> = {}): PacketSourcePorts {
  return {
    key: () => Promise.resolve(key),
    trajectExists: (id) => Promise.resolve(id === HERE || id === THERE),
    received: () => Promise.resolve(false),
    standing: () => Promise.resolve({ kind: 'issued', packet: issued(madeFor) }),
    ...overrides,
  };
}

describe('opening a packet for import', () => {
  it('opens a packet for this traject', async () => {
    const opened = await openPacketForImport(await packet(HERE), HERE, ports(HERE));
    expect(opened.header.trajectRef).toBe(HERE);
    expect(opened.unknownTraject).toBe(false);
    expect(opened.unrecorded).toBe(false);
    expect(opened.payload.answers).toEqual([{ question: 'Vraag', answer: 'Antwoord' }]);
  });

  it('finds no packet for a vault that never made a key', async () => {
    expect(
      await errorCodeOf(openPacketForImport(await packet(HERE), HERE, ports(HERE, { key: async () => undefined }))),
    ).toBe('import_packet_wrong_key');
  });

  it('trusts the traject reference only once the packet has opened', async () => {
    // A header rewritten to point at another traject is tampering, not a packet for that traject.
    const file = JSON.parse(new TextDecoder().decode(await packet(HERE))) as Record<string, unknown>;
    const moved = new TextEncoder().encode(JSON.stringify({ ...file, trajectRef: THERE }));
    expect(await errorCodeOf(openPacketForImport(moved, HERE, ports(HERE)))).toBe('import_packet_tampered');
    expect(await errorCodeOf(openPacketForImport(await packet(THERE), HERE, ports(THERE)))).toBe(
      'import_packet_other_traject',
    );
  });

  it('says replayed before anything about the traject', async () => {
    const received = ports(HERE, { received: async () => true });
    expect(await errorCodeOf(openPacketForImport(await packet(THERE), HERE, received))).toBe('import_packet_replayed');
  });

  it('lets the coach place a packet for a traject the vault lacks, but not take such a traject from it', async () => {
    expect((await openPacketForImport(await packet(GONE), HERE, ports(GONE))).unknownTraject).toBe(true);
    expect(await errorCodeOf(openPacketForImport(await packet(GONE), GONE, ports(GONE)))).toBe(
      'import_packet_unknown_traject',
    );
  });

  it('refuses answers to a packet this vault never made, and answers its packet did not ask for', async () => {
    const notIssued = async (file: Uint8Array, vault: PacketSourcePorts) =>
      errorCodeOf(openPacketForImport(file, HERE, vault));
    // An invented packet id, sealed with the key from a forwarded page.
    expect(await notIssued(await packet(HERE), ports(HERE, { standing: async () => ({ kind: 'unknown' }) }))).toBe(
      'import_packet_not_issued',
    );
    // The packet's id, but another traject in the header than the packet was made for.
    expect(await notIssued(await packet(HERE), ports(THERE))).toBe('import_packet_not_issued');
    // A question the packet never asked, one asked under another catalogue id, and one answered twice.
    for (const answers of [
      [{ question: 'Wat is je pincode?', answer: '1234' }],
      [{ questionId: 'topjob-1', question: 'Waar?', answer: 'Hier.' }],
      [...ASKED, ...ASKED],
    ]) {
      expect(await notIssued(await packet(HERE, answers), ports(HERE)), JSON.stringify(answers)).toBe(
        'import_packet_not_issued',
      );
    }
    // Every question it asked, in any order, the text as shown (surrounding spaces aside): taken in.
    const all = [{ questionId: 'haven-1', question: ' Waar? ', answer: 'Aan zee.' }, ...ASKED];
    expect(await notIssued(await packet(HERE, all), ports(HERE))).toBe('ok');
  });

  it('takes in a packet from before the vault kept its record, saying it cannot be checked', async () => {
    const unrecorded = ports(HERE, { standing: async () => ({ kind: 'unrecorded' }) });
    expect((await openPacketForImport(await packet(HERE), HERE, unrecorded)).unrecorded).toBe(true);
  });

  it('reads the traject reference from the clear header for the command line, or nothing', async () => {
    expect(packetTrajectRef(await packet(THERE))).toBe(THERE);
    expect(packetTrajectRef(new TextEncoder().encode('Beste coach,'))).toBeUndefined();
  });
});
