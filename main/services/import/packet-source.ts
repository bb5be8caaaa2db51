import type { AnswerPayload, PacketCryptoKey, PacketHeader } from '../../../shared/packet/envelope';
import { openAnswers, PacketError } from '../../../shared/packet/envelope';
import { packetText, parseAnswerPayload, parsePacketFile } from '../../../shared/packet/packet-format';
import { questionDigest, type IssuedPacket, type PacketStanding } from '../packet/issued-packets';
import { ImportError, type ImportErrorCode } from './import-error';

export interface PacketSourcePorts {
  /** The coach's packet key, or undefined when none was ever made (then no packet can be for this vault). */
  key: () => Promise<{ privateKey: PacketCryptoKey; fingerprint: string } | undefined>;
  trajectExists: (trajectId: string) => Promise<boolean>;
  /** Whether this packet id was imported before (the vault's ledger). */
  received: (packetId: string) => Promise<boolean>;
  /** Whether this vault made the packet (its record of issued packets). */
  standing: (packetId: string) => Promise<PacketStanding>;
}

export interface OpenedPacket {
  header: PacketHeader;
  payload: AnswerPayload;
  /** The packet names a traject this vault does not hold (any more): it goes where the coach imports it. */
  unknownTraject: boolean;
  /** Possibly from before the vault recorded the packets it makes: it cannot be checked, so the coach is told. */
  unrecorded: boolean;
}

const CODES: Record<PacketError['code'], ImportErrorCode> = {
  malformed: 'import_packet_malformed',
  tampered: 'import_packet_tampered',
  wrong_key: 'import_packet_wrong_key',
};

/**
 * Opens a `.passie` file for import into `trajectId`: checked (zod) before any crypto, decrypted with the coach's
 * key, the payload checked again, then refused when replayed, when this vault never made the packet (or not for
 * that traject, or not with those questions), or made for another traject of this vault. The traject is checked
 * only after decryption, when the header is known to be authentic. Every failure is an ImportError whose sentence
 * names the file and nothing inside it.
 */
export async function openPacketForImport(
  bytes: Uint8Array,
  trajectId: string,
  ports: PacketSourcePorts,
): Promise<OpenedPacket> {
  let opened: { header: PacketHeader; payload: AnswerPayload };
  try {
    const text = packetText(bytes);
    const file = parsePacketFile(text);
    const key = await ports.key();
    if (!key || key.fingerprint !== file.coachKeyFingerprint) throw new PacketError('wrong_key');
    const { header, payload } = await openAnswers(key.privateKey, key.fingerprint, text);
    opened = { header, payload: parseAnswerPayload(payload) };
  } catch (error) {
    if (error instanceof PacketError) throw new ImportError(CODES[error.code], {}, error);
    throw error;
  }
  if (await ports.received(opened.header.packetId)) throw new ImportError('import_packet_replayed');
  const standing = await ports.standing(opened.header.packetId);
  // Anyone holding a forwarded page can seal answers; only answers to the packet it is, as it was made, go in.
  if (standing.kind === 'unknown' || (standing.kind === 'issued' && !answersIssued(standing.packet, opened))) {
    throw new ImportError('import_packet_not_issued');
  }
  const unrecorded = standing.kind === 'unrecorded';
  const { trajectRef } = opened.header;
  if (trajectRef === trajectId) {
    // Only the CLI, taking the traject from the packet, can get here with a traject the vault lacks.
    if (!(await ports.trajectExists(trajectId))) throw new ImportError('import_packet_unknown_traject');
    return { ...opened, unknownTraject: false, unrecorded };
  }
  if (await ports.trajectExists(trajectRef)) throw new ImportError('import_packet_other_traject');
  return { ...opened, unknownTraject: true, unrecorded };
}

/** The packet was made for this traject, and each answer is to one of its questions, none answered twice. */
function answersIssued(packet: IssuedPacket, { header, payload }: Omit<OpenedPacket, 'unknownTraject' | 'unrecorded'>) {
  if (packet.trajectId !== header.trajectRef) return false;
  const unanswered = [...packet.questions];
  for (const { questionId, question } of payload.answers) {
    const digest = questionDigest(question);
    const index = unanswered.findIndex((asked) => asked.sha256 === digest && asked.questionId === questionId);
    if (index < 0) return false;
    unanswered.splice(index, 1);
  }
  return true;
}
