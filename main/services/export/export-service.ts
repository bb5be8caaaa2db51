import { SILENT_WORK } from '../app/work-progress';
import { clientLanguage, type Client } from '../../../shared/domain/client';
import type { Catalogue } from '../../../shared/domain/catalogue';
import type { ChainVerification, DossierView, RoundView } from '../../../shared/domain/dossier';
import type { Settings } from '../../../shared/domain/settings';
import type { TrajectSummary } from '../../../shared/domain/traject';
import { StudioError } from '../../../shared/api/studio-error';
import { IMAGE_TYPES, type AttachmentRef } from '../pdf/dossier-content';
import { pdfStrings } from '../pdf/strings';
import { fingerprintSha256, signerDetails, type SigningMaterial } from '../signing/certificate-info';
import type { ArchivedContents } from '../archive/archive-service';
import type { SigningService } from '../signing/signing-service';
import { NAMELESS, safeAttachmentName, safeSlug, uniqueNames } from './file-names';

export interface ExportPorts {
  now: () => number;
  settings: () => Promise<Settings>;
  catalogue: () => Promise<Catalogue>;
  showTraject: (id: string) => Promise<DossierView>;
  verifyTraject: (id: string) => Promise<ChainVerification>;
  /** Every traject of a client, archived ones included. */
  listTrajects: (clientId: string) => Promise<TrajectSummary[]>;
  /** An archived traject's final signed PDF and attachments, read from its archive. */
  archived: (trajectId: string) => Promise<ArchivedContents>;
  /** Checks the client exists (throws client_not_found otherwise). */
  /** The client, or `client_not_found`. */
  requireClient: (clientId: string) => Promise<Pick<Client, 'language'>>;
  /** An attachment's bytes, checked against the dossier's SHA-256; undefined when the file is gone. */
  attachment: (trajectId: string, ref: AttachmentRef) => Promise<Buffer | undefined>;
  signing: SigningService;
  /** For tests: the time zone dates are printed in (default: the computer's). */
  timeZone?: string;
}

export interface ExportedBytes {
  fileName: string;
  bytes: Buffer;
}

/** The PDF builders and the signer pull in pdfkit, @signpdf and node-forge: loaded on the first export. */
const pdfWork = () =>
  Promise.all([import('../pdf/dossier-document'), import('../pdf/reply-document'), import('../signing/sign-pdf')]).then(
    ([dossier, reply, sign]) => ({ ...dossier, ...reply, ...sign }),
  );

/**
 * Signed PDFs of dossiers and replies, and the bundle for a client's access request. Everything is made in
 * memory and returned as bytes; only the CLI writes them, to the place the coach names.
 */
export class ExportService {
  constructor(private readonly ports: ExportPorts) {}

  async dossierPdf(trajectId: string, includeNotes: boolean, report = SILENT_WORK): Promise<ExportedBytes> {
    report.stage('reading');
    const view = await this.verifiedView(trajectId);
    // The first export makes the signing key (in OpenSSL's threads) while pdfkit and the signer load.
    const [{ settings, signingTime, material, signer, content }, work] = await Promise.all([
      this.prepare(view),
      pdfWork(),
    ]);
    report.stage('drawing');
    const unsigned = await work.dossierPdf(
      { view, settings, content, includeNotes, exportedAt: signingTime, signer },
      (doc, widgetRect) =>
        work.addSignaturePlaceholder(doc, material, {
          ...this.signatureFields(settings, signer.name, pdfReason(settings, 'dossier')),
          signingTime,
          widgetRect,
        }),
    );
    report.stage('signing');
    const bytes = await work.signPdf(unsigned, material, signingTime, timestampAuthority(settings));
    const date = signingTime.toISOString().slice(0, 10);
    return { fileName: `dossier-${safeSlug(view.traject.title, 'traject')}-${date}.pdf`, bytes };
  }

  async replyPdf(trajectId: string, roundId: string): Promise<ExportedBytes> {
    const view = await this.verifiedView(trajectId);
    const round = view.rounds.find((candidate) => candidate.id === roundId);
    if (!round) throw new StudioError('round_not_found');
    if (!hasReply(round)) throw new StudioError('export_no_sent_reply');
    const [{ settings, signingTime, material, signer, content }, work] = await Promise.all([
      this.prepare(view, round),
      pdfWork(),
    ]);
    const unsigned = await work.replyPdf(
      { view, round, settings, content, exportedAt: signingTime, signer },
      (doc, widgetRect) =>
        work.addSignaturePlaceholder(doc, material, {
          ...this.signatureFields(settings, signer.name, pdfReason(settings, 'reply')),
          signingTime,
          widgetRect,
        }),
    );
    const bytes = await work.signPdf(unsigned, material, signingTime, timestampAuthority(settings));
    const roundWord = settings.language === 'nl' ? 'reactie-ronde' : 'reply-round';
    return { fileName: `${roundWord}-${round.number}-${safeSlug(view.traject.title, 'traject')}.pdf`, bytes };
  }

  /**
   * A client's access request: per traject its signed dossier PDF (without the coach's private notes, which
   * are the coach's working notes) and every attachment of its answers, one file at a time so a caller that
   * writes them away never holds the whole bundle. An archived traject gives the PDF signed when it was closed,
   * and its attachments from the archive: the client's right of access does not end when the traject does.
   */
  async *accessBundle(clientId: string): AsyncGenerator<ExportedBytes> {
    const client = await this.ports.requireClient(clientId);
    const settings = forClient(await this.ports.settings(), client);
    const roundWord = settings.language === 'nl' ? 'ronde' : 'round';
    const unique = uniqueNames();
    const trajects = await this.ports.listTrajects(clientId);
    for (const [index, traject] of trajects.entries()) {
      const prefix = `${String(index + 1).padStart(2, '0')}-${safeSlug(traject.title, 'traject')}`;
      const source =
        traject.archivedAt === undefined
          ? await this.activeContents(traject.id)
          : await this.ports.archived(traject.id);
      yield { fileName: unique(`${prefix}.pdf`), bytes: source.pdf };
      for (const round of source.view.rounds) {
        for (const answer of round.answers) {
          for (const ref of answer.attachments) {
            const bytes = await source.attachment(ref.id);
            if (!bytes) throw new StudioError('dossier_damaged', { params: { traject: traject.title } });
            const name = safeAttachmentName(ref.name, NAMELESS.attachment[settings.language]);
            yield { fileName: unique(`${prefix}-${roundWord}-${round.number}-${name}`), bytes };
          }
        }
      }
    }
  }

  /** An active traject as an access request reads it: a fresh signed PDF, and its attachments from the vault. */
  private async activeContents(trajectId: string) {
    const pdf = (await this.dossierPdf(trajectId, false)).bytes;
    const view = await this.ports.showTraject(trajectId);
    const refs = new Map(
      view.rounds.flatMap((round) => round.answers.flatMap((answer) => answer.attachments.map((ref) => [ref.id, ref]))),
    );
    return {
      pdf,
      view,
      attachment: (id: string) => this.ports.attachment(trajectId, refs.get(id)!),
    };
  }

  /** The dossier, refused when its hash chain is broken: a signature must not vouch for a tampered record. */
  private async verifiedView(trajectId: string): Promise<DossierView> {
    const view = await this.ports.showTraject(trajectId);
    const verified = await this.ports.verifyTraject(trajectId);
    if (!verified.ok) {
      throw new StudioError('export_chain_broken', { params: { event: String(verified.firstBrokenEvent) } });
    }
    return view;
  }

  private async prepare(view: DossierView, only?: RoundView) {
    const settings = forClient(await this.ports.settings(), view.client);
    const signingTime = new Date(this.ports.now());
    const material: SigningMaterial = await this.ports.signing.materialForSigning(signingTime);
    const details = signerDetails(material);
    const signer = {
      name: details.commonName || settings.coach.name,
      fingerprint: fingerprintSha256(material.certificates[0]!),
    };
    const attachments = new Map<string, Buffer | undefined>();
    // Drawing is synchronous, so the images it needs are read first (and checked against their SHA-256).
    for (const round of only ? [only] : view.rounds) {
      for (const answer of round.answers) {
        for (const ref of answer.attachments) {
          if (IMAGE_TYPES.test(ref.mediaType))
            attachments.set(ref.id, await this.ports.attachment(view.traject.id, ref));
        }
      }
    }
    const content = {
      catalogue: await this.ports.catalogue(),
      attachments,
      ...(this.ports.timeZone ? { timeZone: this.ports.timeZone } : {}),
    };
    return { settings, signingTime, material, signer, content };
  }

  private signatureFields(settings: Settings, name: string, reason: string) {
    return {
      name,
      reason,
      location: settings.coach.practice,
      contactInfo: settings.coach.email,
      timestamped: timestampAuthority(settings) !== undefined,
    };
  }
}

/**
 * The settings as a document for this client is made with them: in the client's language (words, dates, block
 * labels, file names), whatever language the coach's screens are in.
 */
function forClient(settings: Settings, client: Pick<Client, 'language'>): Settings {
  return { ...settings, language: clientLanguage(client, settings.language) };
}

/** The coach's timestamp authority, when one is set (Settings → Ondertekening). */
function timestampAuthority(settings: Settings): { url: string } | undefined {
  return settings.timestampUrl ? { url: settings.timestampUrl } : undefined;
}

function hasReply(round: RoundView): round is RoundView & { reply: NonNullable<RoundView['reply']> } {
  return round.reply !== undefined;
}

function pdfReason(settings: Settings, kind: 'dossier' | 'reply'): string {
  const text = pdfStrings[settings.language];
  return kind === 'dossier' ? text.signatureReason : text.replySignatureReason;
}
