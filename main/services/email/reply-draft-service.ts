import { clientLanguage } from '../../../shared/domain/client';
import type { DossierView } from '../../../shared/domain/dossier';
import { emailSettingsOf, type Settings } from '../../../shared/domain/settings';
import { replyMessage } from '../../../shared/email/reply-message';
import type { CreatePacketRequest } from '../../../shared/packet/packet-page-data';
import { StudioError } from '../../../shared/api/studio-error';
import type { Language } from '../../../shared/i18n/language';
import { safeSlug } from '../export/file-names';
import type { EmlAttachment } from './eml-draft';

interface MadeFile {
  fileName: string;
  bytes: Buffer;
}

export interface ReplyDraftPorts {
  now: () => number;
  settings: () => Promise<Settings>;
  showTraject: (id: string) => Promise<DossierView>;
  /** The signed PDF of a sent reply, as `export.replyPdf` makes it. */
  replyPdf: (trajectId: string, roundId: string) => Promise<MadeFile>;
  /** A new answer packet for the traject, as `packet.create` makes (and records) it. */
  createPacket: (request: CreatePacketRequest) => Promise<MadeFile>;
  /** Records in the dossier that the reply left the studio as a draft. */
  recordDraft: (trajectId: string, roundId: string) => Promise<unknown>;
}

export interface ReplyDraftRequest {
  trajectId: string;
  roundId: string;
  /** The next answer packet to attach: its questions and note (traject and language follow from the reply). */
  packet?: Omit<CreatePacketRequest, 'trajectId' | 'language'> | undefined;
}

/** MailComposer and its MIME helpers load with the first draft, not with the studio. */
const emlWork = () => import('./eml-draft');

/**
 * "Als concept openen": a sent reply as an unsent e-mail to the client, in the client's language, with the signed
 * reply PDF and, when the coach asks, the next answer packet attached. Made in memory; the caller hands it on.
 */
export class ReplyDraftService {
  constructor(private readonly ports: ReplyDraftPorts) {}

  async draft(request: ReplyDraftRequest): Promise<MadeFile> {
    const view = await this.ports.showTraject(request.trajectId);
    const round = view.rounds.find((candidate) => candidate.id === request.roundId);
    if (!round) throw new StudioError('round_not_found');
    if (!round.reply) throw new StudioError('reply_not_sent');
    const settings = await this.ports.settings();
    const language = clientLanguage(view.client, settings.language);
    const message = replyMessage({
      blocks: round.reply.blocks,
      client: view.client,
      coach: settings.coach,
      language,
      labels: settings.passieLabels[language],
      round: round.number,
      traject: view.traject.title,
      email: emailSettingsOf(settings),
    });

    const pdf = await this.ports.replyPdf(request.trajectId, request.roundId);
    const attachments: EmlAttachment[] = [{ ...pdf, contentType: 'application/pdf' }];
    if (request.packet) {
      const packet = await this.ports.createPacket({ ...request.packet, trajectId: request.trajectId, language });
      attachments.push({ ...packet, contentType: 'text/html; charset=utf-8' });
    }
    const { emlDraft } = await emlWork();
    const bytes = await emlDraft({
      message,
      clientName: view.client.name,
      coach: { name: settings.coach.name, email: settings.coach.email },
      language,
      date: new Date(this.ports.now()),
      attachments,
    });
    await this.ports.recordDraft(request.trajectId, request.roundId);
    return { fileName: draftFileName(view.client.name, round.number, language), bytes };
  }
}

/** `reactie-anna-de-vries-ronde-3.eml`: whose reply and which round, in the client's language. */
export function draftFileName(clientName: string, round: number, language: Language): string {
  const [reply, roundWord] = language === 'nl' ? ['reactie', 'ronde'] : ['reply', 'round'];
  return `${reply}-${safeSlug(clientName, 'client')}-${roundWord}-${round}.eml`;
}
