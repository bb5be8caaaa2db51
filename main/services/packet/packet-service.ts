import { randomBytes } from 'node:crypto';
import { base64urlnopad } from '@scure/base';
import type { Catalogue } from '../../../shared/domain/catalogue';
import { clientLanguage, type Client } from '../../../shared/domain/client';
import { safeSlug } from '../export/file-names';
import type { Settings } from '../../../shared/domain/settings';
import type { TrajectSummary } from '../../../shared/domain/traject';
import type { CreatePacketRequest, PacketPageData } from '../../../shared/packet/packet-page-data';
import { StudioError } from '../../../shared/api/studio-error';
import { packetPageAssets } from './packet-page-bundle';
import { packetPageHtml } from './packet-page';
import { questionDigest, type IssuedPacket } from './issued-packets';
import type { Language } from '../../../shared/i18n/language';
import { newId } from '../new-id';

export interface PacketPorts {
  now: () => number;
  settings: () => Promise<Settings>;
  catalogue: () => Promise<Catalogue>;
  /** The traject's summary; throws traject_not_found when there is none. */
  traject: (id: string) => Promise<TrajectSummary>;
  /** The client of a traject: the packet speaks their language. */
  client: (id: string) => Promise<Pick<Client, 'name' | 'language'>>;
  /** The coach's packet key (made on first use): only its public half and fingerprint go into a packet. */
  coachKey: () => Promise<{ publicKeyRaw: Uint8Array; fingerprint: string }>;
  /** Records the packet as made by this vault, so answers to it (and to no other) are taken in. */
  issue: (packet: IssuedPacket) => Promise<void>;
}

export interface PacketFile {
  fileName: string;
  bytes: Buffer;
}

/**
 * "Antwoordpakket maken": the questions the coach chose (from the catalogue, or typed), the note and the coach's
 * public key, as the self-contained HTML page the client answers in. Made in memory; the coach saves it.
 */
export class PacketService {
  constructor(private readonly ports: PacketPorts) {}

  async create(request: CreatePacketRequest): Promise<PacketFile> {
    const traject = await this.ports.traject(request.trajectId);
    // A closed traject takes no new rounds, so it should not ask for answers either.
    if (traject.status !== 'active') throw new StudioError('traject_closed');
    const settings = await this.ports.settings();
    const client = await this.ports.client(traject.clientId);
    const language = request.language ?? clientLanguage(client, settings.language);
    const questions = await this.questions(request, language);
    const key = await this.ports.coachKey();
    const createdAt = new Date(this.ports.now());
    const practice = settings.coach.practice.trim();
    const email = settings.coach.email.trim();
    const note = request.note?.trim();
    const whose = safeSlug(client.name, 'client');
    const data: PacketPageData = {
      packetId: newId('pa'),
      trajectRef: traject.id,
      createdAt: createdAt.toISOString(),
      coach: { name: settings.coach.name.trim(), ...(practice ? { practice } : {}), ...(email ? { email } : {}) },
      clientSlug: whose,
      coachPublicKey: base64urlnopad.encode(key.publicKeyRaw),
      coachKeyFingerprint: key.fingerprint,
      autosaveKey: base64urlnopad.encode(randomBytes(32)),
      language,
      ...(note ? { note } : {}),
      questions,
    };
    const html = packetPageHtml(data, await packetPageAssets());
    // Recorded before the page exists anywhere but here: a page whose packet is not on record would be refused.
    await this.ports.issue({
      packetId: data.packetId,
      trajectId: traject.id,
      createdAt: data.createdAt,
      questions: questions.map((question) => ({
        ...(question.questionId ? { questionId: question.questionId } : {}),
        sha256: questionDigest(question.question),
      })),
    });
    const word = language === 'nl' ? 'antwoordpakket' : 'answer-packet';
    return {
      fileName: `${word}-${whose}-${createdAt.toISOString().slice(0, 10)}.html`,
      bytes: Buffer.from(html, 'utf8'),
    };
  }

  /** Catalogue questions in the page's language, with their place; typed questions as the coach wrote them. */
  private async questions(request: CreatePacketRequest, language: Language): Promise<PacketPageData['questions']> {
    const needsCatalogue = request.questions.some((question) => 'questionId' in question);
    const catalogue = needsCatalogue ? await this.ports.catalogue() : { places: [] };
    return request.questions.map((question) => {
      if (!('questionId' in question)) return { question: question.text };
      for (const place of catalogue.places) {
        const found = place.questions.find((candidate) => candidate.id === question.questionId);
        if (found) return { questionId: found.id, place: place.name[language], question: found.text[language] };
      }
      throw new StudioError('question_not_found');
    });
  }
}
