import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PacketKeyStore } from '../../../../main/services/packet/packet-keys';
import { seal, unseal } from '../../../../main/services/vault/sealed-file';
import { SealedStore } from '../../../../main/services/vault/sealed-store';
import { openAnswers, sealAnswers } from '../../../../shared/packet/envelope';
import { errorCodeOf } from '../../../support/error-code';
import { useTempSealedStore } from '../../../support/temp-sealed-store';
import { PACKET_KEY_PATH } from '../../../../main/services/vault/vault-layout';

const vault = useTempSealedStore('passie-packet-keys-');
const now = () => Date.parse('2026-11-26T21:00:00.000Z');

describe('the coach’s packet key', () => {
  it('is made once, sealed in keys/packet.psv, and the same on every later read', async () => {
    const keys = new PacketKeyStore(vault.store, now);
    expect(await keys.read()).toBeUndefined();
    const made = await keys.getOrCreate();
    expect(made.publicKeyRaw).toHaveLength(65);
    expect(made.publicKeyRaw[0]).toBe(0x04);
    expect(made.fingerprint).toBe(createHash('sha256').update(made.publicKeyRaw).digest('hex'));
    expect(made.createdAt).toBe('2026-11-26T21:00:00.000Z');
    expect(made.privateKey.extractable).toBe(false);

    const again = await new PacketKeyStore(vault.store, () => now() + 86_400_000).getOrCreate();
    expect(again.fingerprint).toBe(made.fingerprint);
    expect(again.createdAt).toBe(made.createdAt);
    expect(await keys.describe()).toEqual({ fingerprint: made.fingerprint, createdAt: made.createdAt });

    // Sealed on disk: neither the private scalar nor even the JSON around it can be read there.
    const onDisk = await readFile(join(vault.root, 'keys', 'packet.psv'));
    const plain = unseal(vault.dataKey, PACKET_KEY_PATH, onDisk).toString('utf8');
    const { d } = (JSON.parse(plain) as { privateKey: { d: string } }).privateKey;
    expect(onDisk.toString('latin1')).not.toContain(d);
    expect(onDisk.toString('latin1')).not.toContain('"kty"');
  });

  it('makes one key when several first uses arrive at once', async () => {
    const keys = new PacketKeyStore(vault.store, now);
    const made = await Promise.all([keys.getOrCreate(), keys.getOrCreate(), keys.describe()]);
    expect(new Set(made.map((key) => key.fingerprint)).size).toBe(1);
    expect((await keys.read())?.fingerprint).toBe(made[0].fingerprint);
  });

  it('opens packets sealed to its public key, after a restart as well', async () => {
    const made = await new PacketKeyStore(vault.store, now).getOrCreate();
    const header = {
      packetId: 'pa_0123456789abcdefghij',
      trajectRef: 'tr_abcdefghij0123456789',
      coachKeyFingerprint: made.fingerprint,
    };
    const payload = {
      sentAt: '2026-11-26T20:00:00.000Z',
      language: 'nl' as const,
      answers: [{ question: 'V', answer: 'A' }],
    };
    const file = await sealAnswers(made.publicKeyRaw, header, payload);
    const reread = (await new PacketKeyStore(new SealedStore(vault.root, () => vault.dataKey), now).read())!;
    expect((await openAnswers(reread.privateKey, reread.fingerprint, file)).payload).toEqual(payload);
  });

  it('says the key is damaged when its file cannot be opened or holds something else', async () => {
    const keys = new PacketKeyStore(vault.store, now);
    await keys.getOrCreate();
    const path = join(vault.root, 'keys', 'packet.psv');
    const sealed = await readFile(path);
    sealed[sealed.length - 1]! ^= 0x01;
    await writeFile(path, sealed);
    expect(await errorCodeOf(keys.read())).toBe('packet_key_damaged');
    // Nor is a new key made over a damaged one: the coach's clients hold the old public key.
    expect(await errorCodeOf(keys.getOrCreate())).toBe('packet_key_damaged');

    await writeFile(path, seal(vault.dataKey, PACKET_KEY_PATH, Buffer.from('{"format":1}')));
    expect(await errorCodeOf(keys.read())).toBe('packet_key_damaged');
    const notOnCurve = {
      format: 1,
      createdAt: '2026-11-26T21:00:00.000Z',
      privateKey: { kty: 'EC', crv: 'P-256', x: 'A'.repeat(43), y: 'A'.repeat(43), d: 'A'.repeat(43) },
    };
    await writeFile(path, seal(vault.dataKey, PACKET_KEY_PATH, Buffer.from(JSON.stringify(notOnCurve))));
    expect(await errorCodeOf(keys.read())).toBe('packet_key_damaged');
  });
});
