import type { AnswerPayload, PacketCryptoKey, PacketHeader } from '../../../shared/packet/envelope';
import { openAnswers, PacketError } from '../../../shared/packet/envelope';
import { packetText, parseAnswerPayload, parsePacketFile } from '../../../shared/packet/packet-format';
import { ImportError, type ImportErrorCode } from './import-error';

export interface PacketSourcePorts {
  /** The coach's packet key, or undefined when none was ever made (then no packet can be for this vault). */
  key: () => Promise<{ privateKey: PacketCryptoKey; fingerprint: string } | undefined>;
  trajectExists: (trajectId: string) => Promise<boolean>;
  /** Whether this packet id was imported before (the vault's ledger). */
  received: (packetId: string) => Promise<boolean>;
}

export interface OpenedPacket {
  header: PacketHeader;
  payload: AnswerPayload;
  /** The packet names a traject this vault does not hold (any more): it goes where the coach imports it. */
  unknownTraject: boolean;
}

const CODES: Record<PacketError['code'], ImportErrorCode> = {
  malformed: 'import_packet_malformed',
  tampered: 'import_packet_tampered',
  wrong_key: 'import_packet_wrong_key',
};

/**
 * Opens a `.passie` file for import into `trajectId`: checked (zod) before any crypto, decrypted with the coach's
 * key, the payload checked again, then refused when replayed or made for another traject of this vault. The
 * traject is checked only after decryption, when the header is known to be authentic. Every failure is an
 * ImportError whose sentence names the file and nothing inside it.
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
  const { trajectRef } = opened.header;
  if (trajectRef === trajectId) {
    // Only the CLI, taking the traject from the packet, can get here with a traject the vault lacks.
    if (!(await ports.trajectExists(trajectId))) throw new ImportError('import_packet_unknown_traject');
    return { ...opened, unknownTraject: false };
  }
  if (await ports.trajectExists(trajectRef)) throw new ImportError('import_packet_other_traject');
  return { ...opened, unknownTraject: true };
}
