import type { DossierView } from '../../../shared/domain/dossier';
import type { Settings } from '../../../shared/domain/settings';
import { COLOURS, CONTENT_WIDTH, PAGE, type Block, type PageFlow } from './page-flow';
import { style, type SignatureSpot } from './pdf-document';
import { formatDateTime, type PdfStrings } from './strings';

interface VerificationData {
  chainHead: string;
  events: number;
  fingerprint: string;
  signerName: string;
  practice: string;
  signedAt: Date;
  /** The timestamp authority's host, when the signature will carry its timestamp. */
  timestampHost: string | undefined;
  text: PdfStrings;
  timeZone?: string;
}

/** What every export knows when it reaches its last section. */
export interface ExportSigning {
  view: DossierView;
  settings: Settings;
  signer: { name: string; fingerprint: string };
  exportedAt: Date;
}

/** The closing section of an export, from what the document builders already hold. */
export function exportVerification(
  flow: PageFlow,
  { view, settings, signer, exportedAt }: ExportSigning,
  text: PdfStrings,
  timeZone: string | undefined,
): SignatureSpot {
  return verificationSection(flow, {
    chainHead: view.chain.head,
    events: view.chain.events,
    fingerprint: signer.fingerprint,
    signerName: signer.name,
    practice: settings.coach.practice,
    signedAt: exportedAt,
    timestampHost: settings.timestampUrl ? new URL(settings.timestampUrl).host : undefined,
    text,
    ...(timeZone ? { timeZone } : {}),
  });
}

const SIGNATURE_BOX = { width: 320, height: 92 } as const;

/** "AB:CD:…" in two lines of sixteen pairs, so the 95 characters fit the page in a readable monospace size. */
function fingerprintLines(fingerprint: string): string[] {
  const pairs = fingerprint.split(':');
  return [pairs.slice(0, 16).join(':'), pairs.slice(16).join(':')];
}

/** The hash in groups of eight: easier to compare by eye than 64 characters in a row. */
function groupedHash(hash: string): string {
  return hash.match(/.{1,8}/g)!.join(' ');
}

/**
 * The closing section of every export: the head of the dossier's hash chain and its number of events, the
 * certificate's fingerprint, how a reader checks the signature, and the visible signature block. Kept on one
 * page; returns where the block is, for the signature field.
 */
function verificationSection(flow: PageFlow, data: VerificationData): SignatureSpot {
  const { text } = data;
  const x = PAGE.left;
  const blocks: { block: Block; after: number }[] = [];
  const add = (runs: Parameters<PageFlow['layout']>[0], lineHeight: number, after: number, indent = 0) =>
    blocks.push({ block: { lines: flow.layout(runs, CONTENT_WIDTH - indent), lineHeight, x: x + indent }, after });

  add([{ text: text.verification, style: style('sansBold', 16, COLOURS.accent) }], 21, 10);
  add([{ text: text.chainHead, style: style('sansBold', 9.5) }], 14, 2);
  add([{ text: groupedHash(data.chainHead), style: style('mono', 9.5) }], 14, 4);
  add([{ text: text.chainEvents(data.events), style: style('serif', 10) }], 14.5, 3);
  add([{ text: text.chainExplanation, style: style('serif', 9.5, COLOURS.muted) }], 13.5, 10);
  add([{ text: text.fingerprint, style: style('sansBold', 9.5) }], 14, 2);
  for (const line of fingerprintLines(data.fingerprint)) add([{ text: line, style: style('mono', 9) }], 13, 0);
  blocks.at(-1)!.after = 12;
  add([{ text: text.howToCheck, style: style('sansBold', 11, COLOURS.accent) }], 16, 4);
  const steps = data.timestampHost ? [...text.checkSteps, text.timestampStep(data.timestampHost)] : text.checkSteps;
  steps.forEach((step, index) => {
    add([{ text: step, style: style('serif', 9.5) }], 13.5, index === steps.length - 1 ? 16 : 3, 16);
    // The step's number hangs in the margin of its first line.
    blocks.at(-1)!.block.decorate = (line, y, height) => {
      if (line === 0) flow.text(`${index + 1}.`, x, y, height, style('serif', 9.5));
    };
  });

  const height = blocks.reduce((sum, { block, after }) => sum + block.lines.length * block.lineHeight + after, 0);
  flow.ensure(height + SIGNATURE_BOX.height);
  for (const { block, after } of blocks) {
    flow.place(block);
    flow.y += after;
  }

  // The visible signature block: what the signature panel will confirm, readable on paper as well.
  const spot: SignatureSpot = { page: flow.pageIndex, x, y: flow.y, ...SIGNATURE_BOX };
  const { doc } = flow;
  doc.save().lineWidth(1).strokeColor(COLOURS.accent).rect(spot.x, spot.y, spot.width, spot.height).stroke().restore();
  doc.save().rect(spot.x, spot.y, 4, spot.height).fill(COLOURS.accent).restore();
  const inner = spot.x + 14;
  let y = spot.y + 8;
  flow.text(text.signedBy, inner, y, 12, style('sans', 8, COLOURS.muted));
  y += 12;
  flow.text(data.signerName, inner, y, 17, style('serifBold', 13));
  y += 17;
  if (data.practice) {
    flow.text(data.practice, inner, y, 13, style('serif', 9.5));
    y += 13;
  }
  flow.text(
    `${text.signedOn}: ${formatDateTime(data.signedAt.toISOString(), text, data.timeZone)}`,
    inner,
    y,
    12,
    style('sans', 8.5),
  );
  y += 13;
  for (const line of fingerprintLines(data.fingerprint)) {
    flow.text(line, inner, y, 9.5, style('mono', 6.8, COLOURS.muted));
    y += 9.5;
  }
  flow.y = spot.y + spot.height;
  return spot;
}
