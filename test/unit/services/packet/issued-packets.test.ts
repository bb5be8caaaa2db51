import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  IssuedPackets,
  questionDigest,
  UNRECORDED_PACKETS_DAYS,
  type IssuedPacket,
} from '../../../../main/services/packet/issued-packets';
import { unseal } from '../../../../main/services/vault/sealed-file';
import { PACKETS_ISSUED_PATH } from '../../../../main/services/vault/vault-layout';
import { errorCodeOf } from '../../../support/error-code';
import { useTempSealedStore } from '../../../support/temp-sealed-store';

const vault = useTempSealedStore('passie-issued-packets-');
const BEGUN = Date.parse('2026-11-01T08:00:00.000Z');
const DAY = 86_400_000;

const packet: IssuedPacket = {
  packetId: 'pa_0123456789abcdefghij',
  trajectId: 'tr_abcdefghij0123456789',
  createdAt: '2026-11-02T10:00:00.000Z',
  questions: [{ questionId: 'haven-1', sha256: questionDigest('Waar voel je je veilig?') }],
};
const other = 'pa_zzzzzzzzzzzzzzzzzzzz';

function record(options: { hasKey: boolean; clock?: { now: number } }) {
  const clock = options.clock ?? { now: BEGUN };
  return new IssuedPackets(
    vault.store,
    () => clock.now,
    async () => options.hasKey,
  );
}

async function stored(): Promise<unknown> {
  const sealed = await readFile(join(vault.root, 'packets', 'issued.psv'));
  return JSON.parse(unseal(vault.dataKey, PACKETS_ISSUED_PATH, sealed).toString('utf8'));
}

describe('the record of packets made', () => {
  it('in a vault without a key from before, begins with the first packet and knows only the packets it made', async () => {
    const issued = record({ hasKey: false });
    // Nothing to begin at unlock: no page can be out there.
    await issued.begin();
    await expect(stored()).rejects.toMatchObject({ code: 'ENOENT' });
    await issued.issue(packet);
    expect(await issued.standing(packet.packetId)).toEqual({ kind: 'issued', packet });
    expect(await issued.standing(other)).toEqual({ kind: 'unknown' });
    expect(await stored()).toEqual({ format: 1, since: '2026-11-01T08:00:00.000Z', issued: [packet] });
    // Later unlocks, now that the vault has a key, leave the record as it is.
    await record({ hasKey: true }).begin();
    expect(await issued.standing(other)).toEqual({ kind: 'unknown' });
  });

  it('in a vault that had a key before, lets unrecorded packets in for the grace period, then no more', async () => {
    const clock = { now: BEGUN };
    const issued = record({ hasKey: true, clock });
    await issued.begin();
    // Beginning again (every unlock) changes nothing, nor does a packet made since, but to name it.
    clock.now = BEGUN + DAY;
    await issued.begin();
    expect(await stored()).toEqual({
      format: 1,
      since: '2026-11-01T08:00:00.000Z',
      unrecordedUntil: new Date(BEGUN + UNRECORDED_PACKETS_DAYS * DAY).toISOString(),
      issued: [],
    });
    expect(await issued.standing(other)).toEqual({ kind: 'unrecorded' });
    clock.now = BEGUN + UNRECORDED_PACKETS_DAYS * DAY - 1;
    expect(await issued.standing(other)).toEqual({ kind: 'unrecorded' });
    clock.now = BEGUN + UNRECORDED_PACKETS_DAYS * DAY;
    expect(await issued.standing(other)).toEqual({ kind: 'unknown' });
  });

  it('without any record yet (a key from before whose record could not be begun), says unrecorded', async () => {
    expect(await record({ hasKey: true }).standing(other)).toEqual({ kind: 'unrecorded' });
  });

  it('records packets made at once, none lost', async () => {
    const issued = record({ hasKey: false });
    const ids = ['pa_aaaaaaaaaaaaaaaaaaaa', 'pa_bbbbbbbbbbbbbbbbbbbb', 'pa_cccccccccccccccccccc'];
    await Promise.all(ids.map((packetId) => issued.issue({ ...packet, packetId })));
    for (const packetId of ids) expect((await issued.standing(packetId)).kind).toBe('issued');
  });

  it('says the record is damaged, rather than refusing every packet', async () => {
    const issued = record({ hasKey: false });
    await issued.issue(packet);
    const path = join(vault.root, 'packets', 'issued.psv');
    const sealed = await readFile(path);
    sealed[sealed.length - 1]! ^= 0x01;
    await writeFile(path, sealed);
    expect(await errorCodeOf(issued.standing(packet.packetId))).toBe('packet_issued_damaged');
  });

  it('matches a question by its trimmed text', () => {
    expect(questionDigest('  Waar voel je je veilig?\n')).toBe(questionDigest('Waar voel je je veilig?'));
    expect(questionDigest('Waar voel je je veilig')).not.toBe(questionDigest('Waar voel je je veilig?'));
  });
});
