import { webcrypto } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  keyFingerprint,
  openAnswers,
  PacketError,
  sealAnswers,
  type AnswerPayload,
  type PacketCryptoKey,
  type PacketHeader,
  type PacketProblem,
} from '../../../shared/packet/envelope';

/*
 * The envelope against WebCrypto on both sides: Node's webcrypto seals (as the client's browser does) and opens
 * (as the studio does). Every way a packet can go wrong must fail with its typed problem, never open.
 */

interface Coach {
  publicKeyRaw: Uint8Array;
  fingerprint: string;
  privateKey: PacketCryptoKey;
}

async function newCoach(): Promise<Coach> {
  const pair = await webcrypto.subtle.generateKey({ name: 'ECDH', namedCurve: 'P-256' }, false, ['deriveBits']);
  const publicKeyRaw = new Uint8Array(await webcrypto.subtle.exportKey('raw', pair.publicKey));
  return { publicKeyRaw, fingerprint: await keyFingerprint(publicKeyRaw), privateKey: pair.privateKey };
}

const CANARIES = ['kanarie-zeeblauw-7731', 'canary-ochre-lantern-2214', 'Zoë’s geheim — 💡 nachtvlinder'];

const payload: AnswerPayload = {
  sentAt: '2026-11-26T20:15:03.123Z',
  language: 'nl',
  answers: [
    { questionId: 'haven-1', question: 'Wat is jouw veilige haven?', answer: `Mijn ${CANARIES[0]}.\n\nTweede alinea.` },
    { question: 'Een eigen vraag', answer: `Regel één\nregel twee met ${CANARIES[1]}` },
    { question: 'Nog een', answer: CANARIES[2]! },
  ],
};

let coach: Coach;
let other: Coach;
let header: PacketHeader;
let sealed: string;

beforeAll(async () => {
  [coach, other] = await Promise.all([newCoach(), newCoach()]);
  header = {
    packetId: 'pa_0123456789abcdefghij',
    trajectRef: 'tr_abcdefghij0123456789',
    coachKeyFingerprint: coach.fingerprint,
  };
  sealed = await sealAnswers(coach.publicKeyRaw, header, payload);
});

async function problemOf(open: Promise<unknown>): Promise<PacketProblem | 'opened' | 'other'> {
  try {
    await open;
    return 'opened';
  } catch (error) {
    return error instanceof PacketError ? error.code : 'other';
  }
}

const fileOf = (text: string) => JSON.parse(text) as Record<string, unknown>;

describe('sealAnswers and openAnswers', () => {
  it('round-trips the answers exactly, with the header as sealed', async () => {
    const opened = await openAnswers(coach.privateKey, coach.fingerprint, sealed);
    expect(opened).toEqual({ header, payload });
  });

  it('writes the agreed file: format, version, header in the clear, binary fields base64url of their sizes', () => {
    const file = fileOf(sealed);
    expect(Object.keys(file)).toEqual([
      'format',
      'version',
      'packetId',
      'trajectRef',
      'coachKeyFingerprint',
      'ephemeralPublicKey',
      'salt',
      'iv',
      'ciphertext',
    ]);
    expect(file).toMatchObject({ format: 'passie-answers', version: 1, ...header });
    expect(file.ephemeralPublicKey).toMatch(/^[A-Za-z0-9_-]{87}$/);
    expect(file.salt).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(file.iv).toMatch(/^[A-Za-z0-9_-]{16}$/);
  });

  it('uses a fresh ephemeral key, salt and IV for every packet', async () => {
    const again = fileOf(await sealAnswers(coach.publicKeyRaw, header, payload));
    const first = fileOf(sealed);
    for (const field of ['ephemeralPublicKey', 'salt', 'iv', 'ciphertext']) expect(again[field]).not.toBe(first[field]);
  });

  it('carries none of the answers in readable form', async () => {
    const bytes = new TextEncoder().encode(sealed);
    for (const canary of CANARIES) {
      expect(sealed).not.toContain(canary);
      for (const word of canary.split(/[\s—]+/).filter((part) => part.length >= 5)) expect(sealed).not.toContain(word);
    }
    // Nor as base64 of the plain text, in case someone "encrypts" with an encoding.
    const plain = Buffer.from(JSON.stringify(payload)).toString('base64url');
    expect(sealed).not.toContain(plain.slice(8, 40));
    expect(bytes.length).toBeLessThan(JSON.stringify(payload).length + 600);
  });

  it('refuses to seal to a key that does not match the fingerprint beside it', async () => {
    await expect(sealAnswers(other.publicKeyRaw, header, payload)).rejects.toThrow(RangeError);
    await expect(sealAnswers(coach.publicKeyRaw, { ...header, packetId: 'pa_short' }, payload)).rejects.toThrow(
      RangeError,
    );
  });

  it('fails on every single flipped byte of the file', async () => {
    const bytes = new TextEncoder().encode(sealed);
    const outcomes = new Set<string>();
    for (let index = 0; index < bytes.length; index++) {
      const flipped = bytes.slice();
      flipped[index] = flipped[index]! ^ 0x01;
      const outcome = await problemOf(
        openAnswers(coach.privateKey, coach.fingerprint, new TextDecoder().decode(flipped)),
      );
      if (outcome === 'opened' || outcome === 'other') throw new Error(`byte ${index} flipped: ${outcome}`);
      outcomes.add(outcome);
    }
    // The header and the envelope's fields fail in their own ways.
    expect([...outcomes].sort()).toEqual(['malformed', 'tampered', 'wrong_key']);
  });

  it('fails on every truncation, as malformed', async () => {
    for (let length = 0; length < sealed.length; length += 7) {
      expect(await problemOf(openAnswers(coach.privateKey, coach.fingerprint, sealed.slice(0, length)))).toBe(
        'malformed',
      );
    }
    // Bytes cut off the ciphertext, still valid JSON: the tag no longer matches.
    const file = fileOf(sealed);
    const cut = Buffer.from(file.ciphertext as string, 'base64url')
      .subarray(0, -5)
      .toString('base64url');
    const short = JSON.stringify({ ...file, ciphertext: cut });
    expect(await problemOf(openAnswers(coach.privateKey, coach.fingerprint, short))).toBe('tampered');
  });

  it('says a packet made for another coach’s key is for another key', async () => {
    expect(await problemOf(openAnswers(other.privateKey, other.fingerprint, sealed))).toBe('wrong_key');
    // Relabelled with the other coach's fingerprint, it still cannot be opened: the key does not fit.
    const relabelled = JSON.stringify({ ...fileOf(sealed), coachKeyFingerprint: other.fingerprint });
    expect(await problemOf(openAnswers(other.privateKey, other.fingerprint, relabelled))).toBe('tampered');
    // The right fingerprint with the wrong private key: tampered, never opened.
    expect(await problemOf(openAnswers(other.privateKey, coach.fingerprint, sealed))).toBe('tampered');
  });

  it('binds the packet id and traject reference: changed or swapped between packets, it fails', async () => {
    const file = fileOf(sealed);
    const secondHeader = { ...header, packetId: 'pa_zyxwvutsrq9876543210', trajectRef: 'tr_zzzzzzzzzz0000000000' };
    const second = fileOf(await sealAnswers(coach.publicKeyRaw, secondHeader, payload));
    const variants = [
      { ...file, packetId: 'pa_0123456789abcdefghik' },
      { ...file, trajectRef: 'tr_abcdefghij0123456780' },
      { ...file, packetId: second.packetId },
      { ...file, trajectRef: second.trajectRef },
      { ...second, packetId: file.packetId, trajectRef: file.trajectRef },
      // The sealed part of one packet under the other's header.
      {
        ...file,
        ephemeralPublicKey: second.ephemeralPublicKey,
        salt: second.salt,
        iv: second.iv,
        ciphertext: second.ciphertext,
      },
    ];
    for (const variant of variants) {
      expect(await problemOf(openAnswers(coach.privateKey, coach.fingerprint, JSON.stringify(variant)))).toBe(
        'tampered',
      );
    }
  });

  it('binds format and version: another version is not opened', async () => {
    const file = fileOf(sealed);
    for (const variant of [
      { ...file, version: 2 },
      { ...file, format: 'passie-answer' },
    ]) {
      expect(await problemOf(openAnswers(coach.privateKey, coach.fingerprint, JSON.stringify(variant)))).toBe(
        'malformed',
      );
    }
  });

  it('says malformed for what is no packet at all', async () => {
    for (const text of ['', 'null', '[]', '{}', '"passie"', '{"format":"passie-answers"}', '<html></html>', '{,}']) {
      expect(await problemOf(openAnswers(coach.privateKey, coach.fingerprint, text))).toBe('malformed');
    }
    const file = fileOf(sealed);
    for (const variant of [
      { ...file, salt: 'AAAA' },
      { ...file, iv: `${file.iv as string}=` },
      { ...file, ciphertext: 'AAAA' },
      { ...file, ephemeralPublicKey: 42 },
      { ...file, packetId: 'pa_NOTLOWERCASE000000' },
    ]) {
      expect(await problemOf(openAnswers(coach.privateKey, coach.fingerprint, JSON.stringify(variant)))).toBe(
        'malformed',
      );
    }
  });

  it('says tampered when the ephemeral key is not a point on the curve', async () => {
    const file = fileOf(sealed);
    const point = Buffer.from(file.ephemeralPublicKey as string, 'base64url');
    point[64] = point[64]! ^ 0xff;
    const variant = { ...file, ephemeralPublicKey: point.toString('base64url') };
    expect(await problemOf(openAnswers(coach.privateKey, coach.fingerprint, JSON.stringify(variant)))).toBe('tampered');
  });

  it('keeps answers exactly, however they are written', async () => {
    const odd: AnswerPayload = {
      sentAt: '2026-11-26T21:00:00+01:00',
      language: 'en',
      answers: [
        { question: 'q', answer: '' },
        { question: 'q', answer: '  leading and trailing spaces  \r\n\ttab\u0000nul "quotes" \\ </script> \u2028' },
        { question: 'q', answer: 'ëéèï ß 漢字 👩🏽‍💻 \uD83D\uDE00' },
      ],
    };
    const text = await sealAnswers(coach.publicKeyRaw, header, odd);
    expect((await openAnswers(coach.privateKey, coach.fingerprint, text)).payload).toEqual(odd);
  });
});
