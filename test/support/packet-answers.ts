import type { Studio } from '../../main/api/studio';
import { PacketKeyStore } from '../../main/services/packet/packet-keys';
import { SealedStore } from '../../main/services/vault/sealed-store';
import type { ApiResult } from '../../shared/api/errors';
import { sealAnswers } from '../../shared/packet/envelope';

/** A method's value from an unlocked studio; a failure throws, naming the method and its code. */
export async function valueOf<T>(studio: Studio, method: string, request: unknown): Promise<T> {
  const result = (await studio.dispatch(method, request)) as ApiResult<T>;
  if (!result.ok) throw new Error(`${method} failed: ${result.error.code}`);
  return result.value;
}

export const PACKET_QUESTION = 'Waar voel je je veilig?';

/**
 * Makes an answer packet for the traject in the studio on `vaultDir`, and returns the client's sealed answer to its
 * one question as their answer page saves it (the contents of a `.passie` file).
 */
export async function sealedAnswersToNewPacket(
  studio: Studio,
  vaultDir: string,
  trajectId: string,
  answer: string,
): Promise<string> {
  const page = await valueOf<{ base64: string }>(studio, 'packet.create', {
    trajectId,
    questions: [{ text: PACKET_QUESTION }],
    language: 'nl',
  });
  const html = Buffer.from(page.base64, 'base64').toString('utf8');
  const { packetId } = JSON.parse(/id="packet-data">([^<]*)</.exec(html)![1]!) as { packetId: string };
  const key = (await new PacketKeyStore(new SealedStore(vaultDir, () => studio.vault.key()), Date.now).read())!;
  return sealAnswers(
    key.publicKeyRaw,
    { packetId, trajectRef: trajectId, coachKeyFingerprint: key.fingerprint },
    { sentAt: '2026-11-26T21:14:05.271Z', language: 'nl', answers: [{ question: PACKET_QUESTION, answer }] },
  );
}
