import { webcrypto } from 'node:crypto';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { keyFingerprint, openAnswers, PacketError, sealAnswers } from '../../../shared/packet/envelope';
import type { PacketCryptoKey } from '../../../shared/packet/envelope';
import {
  looksLikePacket,
  MAX_PACKET_ANSWER_CHARS,
  MAX_PACKET_FILE_BYTES,
  packetText,
  parseAnswerPayload,
  parsePacketFile,
} from '../../../shared/packet/packet-format';

/** Runs `work`; passes when it returns or throws a PacketError, and fails the property on anything else. */
async function onlyPacketErrors(work: () => unknown): Promise<void> {
  try {
    await work();
  } catch (error) {
    if (!(error instanceof PacketError)) throw error;
  }
}

function onlyPacketErrorsNow(work: () => unknown): void {
  try {
    work();
  } catch (error) {
    if (!(error instanceof PacketError)) throw error;
  }
}

const packetKeys = [
  'format',
  'version',
  'packetId',
  'trajectRef',
  'coachKeyFingerprint',
  'ephemeralPublicKey',
  'salt',
  'iv',
  'ciphertext',
] as const;

let privateKey: PacketCryptoKey;
let fingerprint: string;
let sealed: string;

beforeAll(async () => {
  const pair = await webcrypto.subtle.generateKey({ name: 'ECDH', namedCurve: 'P-256' }, false, ['deriveBits']);
  const raw = new Uint8Array(await webcrypto.subtle.exportKey('raw', pair.publicKey));
  privateKey = pair.privateKey;
  fingerprint = await keyFingerprint(raw);
  sealed = await sealAnswers(
    raw,
    { packetId: 'pa_0123456789abcdefghij', trajectRef: 'tr_abcdefghij0123456789', coachKeyFingerprint: fingerprint },
    { sentAt: '2026-11-26T20:00:00.000Z', language: 'en', answers: [{ question: 'Q', answer: 'A' }] },
  );
});

describe('the packet file parser', () => {
  it('accepts what the envelope writes', () => {
    expect(parsePacketFile(sealed)).toEqual(JSON.parse(sealed));
    expect(looksLikePacket(new TextEncoder().encode(sealed))).toBe(true);
    expect(looksLikePacket(new TextEncoder().encode(`\uFEFF ${sealed}`))).toBe(true);
    expect(looksLikePacket(new TextEncoder().encode('{"answers": []}'))).toBe(false);
  });

  it('throws nothing but a PacketError for any string', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 400 }), async (text) => {
        await onlyPacketErrors(() => parsePacketFile(text));
        await onlyPacketErrors(() => openAnswers(privateKey, fingerprint, text));
      }),
      { numRuns: 300 },
    );
  });

  it('throws nothing but a PacketError for any JSON value', async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), async (value) => {
        const text = JSON.stringify(value) ?? 'null';
        await onlyPacketErrors(() => parsePacketFile(text));
        await onlyPacketErrors(() => openAnswers(privateKey, fingerprint, text));
        await onlyPacketErrors(() => parseAnswerPayload(value));
      }),
      { numRuns: 300 },
    );
  });

  it('throws nothing but a PacketError for a real packet with any field replaced by anything', async () => {
    const file = JSON.parse(sealed) as Record<string, unknown>;
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...packetKeys), fc.jsonValue(), async (key, value) => {
        const text = JSON.stringify({ ...file, [key]: value });
        await onlyPacketErrors(() => parsePacketFile(text));
        // Only the field's own value can make it open again.
        const opened = await openAnswers(privateKey, fingerprint, text).then(
          () => true,
          (error: unknown) => {
            if (!(error instanceof PacketError)) throw error;
            return false;
          },
        );
        expect(opened).toBe(JSON.stringify(value) === JSON.stringify(file[key]));
      }),
      { numRuns: 300 },
    );
  });

  it('throws nothing but a PacketError for any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600 }), (bytes) => {
        onlyPacketErrorsNow(() => parsePacketFile(packetText(bytes)));
        looksLikePacket(bytes);
      }),
      { numRuns: 300 },
    );
  });

  it('refuses what is not UTF-8 and what is larger than a packet can be', () => {
    expect(() => packetText(new Uint8Array([0x7b, 0xff, 0x7d]))).toThrow(PacketError);
    expect(() => packetText(new Uint8Array(MAX_PACKET_FILE_BYTES + 1).fill(0x20))).toThrow(PacketError);
  });

  it('refuses extra fields, wrong lengths and ids of the wrong shape', () => {
    const file = JSON.parse(sealed) as Record<string, unknown>;
    for (const variant of [
      { ...file, extra: 1 },
      { ...file, salt: (file.salt as string).slice(1) },
      { ...file, iv: `${file.iv as string}A` },
      { ...file, trajectRef: 'cl_abcdefghij0123456789' },
      { ...file, packetId: 'pa_0123456789abcdefghi' },
      { ...file, coachKeyFingerprint: (file.coachKeyFingerprint as string).toUpperCase() },
    ]) {
      expect(() => parsePacketFile(JSON.stringify(variant))).toThrow(PacketError);
    }
  });
});

describe('the answer payload schema', () => {
  const answer = { question: 'Wat is jouw veilige haven?', answer: 'De zee.' };
  const payload = { sentAt: '2026-11-26T20:00:00.000Z', language: 'nl', answers: [answer] };
  const malformed = (value: unknown) => expect(() => parseAnswerPayload(value)).toThrow(PacketError);

  it('takes the limits exactly: 200 answers, 200,000 characters each', () => {
    const full = {
      ...payload,
      answers: Array.from({ length: 200 }, (_, index) => ({
        questionId: `vraag-${index}`,
        question: `Vraag ${index}`,
        answer: index === 0 ? 'x'.repeat(MAX_PACKET_ANSWER_CHARS) : '',
      })),
    };
    expect(parseAnswerPayload(full).answers).toHaveLength(200);
    malformed({ ...full, answers: [...full.answers, answer] });
    malformed({ ...payload, answers: [{ ...answer, answer: 'x'.repeat(MAX_PACKET_ANSWER_CHARS + 1) }] });
    malformed({ ...payload, answers: [] });
  });

  it('wants ISO dates, a known language, catalogue ids and a question', () => {
    expect(parseAnswerPayload(payload)).toEqual(payload);
    expect(parseAnswerPayload({ ...payload, sentAt: '2026-11-26T21:00:00+01:00' }).sentAt).toBe(
      '2026-11-26T21:00:00+01:00',
    );
    malformed({ ...payload, sentAt: '26-11-2026' });
    malformed({ ...payload, sentAt: '2026-11-26' });
    malformed({ ...payload, language: 'de' });
    malformed({ ...payload, answers: [{ ...answer, questionId: 'Haven 1' }] });
    malformed({ ...payload, answers: [{ ...answer, question: '   ' }] });
    malformed({ ...payload, answers: [{ ...answer, extra: true }] });
    malformed({ ...payload, extra: true });
  });
});
