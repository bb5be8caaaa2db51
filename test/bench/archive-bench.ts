// Archive figures for `npm run bench`: "Traject afsluiten" of a traject holding 50 MB of attachments — the final
// signed PDF, `trajectClosed` in the chain, the folder packed, sealed, fsynced, verified and only then removed —
// as wall time, MB/s of attachments archived and peak RSS. Every traject is built through the real services on a
// temp vault: five e-mails of 10 MB of random attachment bytes (a voice memo does not compress), imported and
// committed as rounds, one reply sent. Run alone with `npx tsx test/bench/archive-bench.ts`.
import { randomBytes } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import { PASSIE_KEYS, type ReplyBlocks } from '../../shared/domain/passie';
import { richTextFromPlain } from '../../shared/domain/rich-text';
import { TempStudio } from '../support/temp-studio';
import { importWhole } from '../support/import-whole';
import { mailWithAttachments } from '../support/mail-with-attachments';
import { markdownTable, summarise } from './measure';
import { collector, measured, peakNote } from './measured-call';
import type { BenchRow } from './vault-bench';

const MAILS = 5;
/** Per e-mail: two attachments of 5 MB, under the import's 40 MB limit for one e-mail's attachments. */
const ATTACHMENTS_PER_MAIL = 2;
const ATTACHMENT_BYTES = 5_000_000;
const TOTAL_ATTACHMENT_BYTES = MAILS * ATTACHMENTS_PER_MAIL * ATTACHMENT_BYTES;
const MB = 1e6;

/** One client's e-mail: a short plain-text answer and its voice memos as attachments. */
function mailWithMemos(round: number): Buffer {
  return mailWithAttachments({
    subject: `Antwoorden ronde ${round}`,
    messageId: `archive-bench-${round}@mail.example.com`,
    date: `Tue, 0${round} Mar 2025 21:0${round}:00 +0100`,
    text: `Hoi Marieke,\n\nDeze week heb ik mijn antwoorden ingesproken (ronde ${round}), zie de bijlagen.\n\nGroetjes,\nSanne`,
    attachments: Array.from({ length: ATTACHMENTS_PER_MAIL }, (_, index) => ({
      name: `memo-ronde-${round}-${index + 1}.m4a`,
      mediaType: 'audio/mp4',
      bytes: randomBytes(ATTACHMENT_BYTES),
    })),
  });
}

const REPLY = Object.fromEntries(
  PASSIE_KEYS.map((key) => [key, richTextFromPlain(`${key}: dank voor je ingesproken antwoorden.`)]),
) as ReplyBlocks;

/** A traject of MAILS rounds, each imported from an e-mail with its attachments; the first round answered. */
async function trajectWithAttachments(temp: TempStudio, mails: Buffer[], title: string): Promise<string> {
  const { id: clientId } = await temp.call('client.add', { name: `Bench ${title}` });
  const { id: trajectId } = await temp.call('traject.add', { clientId, title });
  for (const [index, mail] of mails.entries()) {
    await importWhole(temp, trajectId, { name: `ronde-${index + 1}.eml`, bytes: mail });
  }
  const { rounds } = await temp.call('traject.show', { id: trajectId });
  const attached = rounds.flatMap((round) => round.answers.flatMap((answer) => answer.attachments));
  const bytes = attached.reduce((sum, attachment) => sum + attachment.size, 0);
  if (bytes !== TOTAL_ATTACHMENT_BYTES) throw new Error(`the bench traject holds ${bytes} bytes of attachments`);
  const first = rounds[0]!;
  await temp.call('reply.saveDraft', { trajectId, roundId: first.id, blocks: REPLY });
  await temp.call('reply.send', { trajectId, roundId: first.id });
  return trajectId;
}

export async function archiveBench(runs: number): Promise<BenchRow[]> {
  const temp = await TempStudio.open();
  const gc = collector();
  try {
    await temp.call('settings.update', {
      coach: { name: 'Marieke Jansen', practice: 'Praktijk Jansen', email: 'marieke@praktijk-jansen.example' },
    });
    await temp.call('signing.create', {});
    // The same e-mails for every traject: their random bytes are made once, not inside anything measured.
    const mails = Array.from({ length: MAILS }, (_, index) => mailWithMemos(index + 1));
    // Warm: the first close loads pdfkit, @signpdf and the zip code and parses the fonts.
    await temp.call('traject.close', { id: await trajectWithAttachments(temp, mails, 'Warm') });

    const closes = [];
    const opens: number[] = [];
    const attachmentReads: number[] = [];
    let archiveBytes = 0;
    for (let run = 0; run < runs; run += 1) {
      const trajectId = await trajectWithAttachments(temp, mails, `Run ${run + 1}`);
      const closing = await measured(gc, () => temp.call('traject.close', { id: trajectId }));
      archiveBytes = closing.value.size;
      closes.push(closing);
      // The read-only view as the coach opens it: the timeline, then every attachment it shows.
      const opening = performance.now();
      const { rounds } = await temp.call('archive.open', { id: trajectId });
      opens.push(performance.now() - opening);
      for (const attachment of rounds.flatMap((round) => round.answers.flatMap((answer) => answer.attachments))) {
        const reading = performance.now();
        await temp.call('archive.readAttachment', { id: trajectId, attachmentId: attachment.id });
        attachmentReads.push(performance.now() - reading);
      }
    }
    const median = summarise(closes.map((run) => run.ms)).median;
    return [
      {
        name: `traject.close: ${MAILS} rounds with ${TOTAL_ATTACHMENT_BYTES / MB} MB of attachments, signed PDF + archive`,
        figures: summarise(closes.map((run) => run.ms)),
        note: `${(median / 1000).toFixed(2)} s median, ${(TOTAL_ATTACHMENT_BYTES / MB / (median / 1000)).toFixed(1)} MB/s of attachments; ${(archiveBytes / MB).toFixed(1)} MB sealed archive, written, fsynced and verified before the folder goes; peak RSS ${(Math.max(...closes.map((run) => run.peak)) / MB).toFixed(0)} MB max (whole bench process); ${peakNote(closes)}`,
      },
      {
        name: `archive.open of that archive (read-only view): unsealed, unzipped, every entry checked`,
        figures: summarise(opens),
        note: `${(archiveBytes / MB).toFixed(1)} MB sealed archive`,
      },
      {
        name: `archive.readAttachment, each of its ${MAILS * ATTACHMENTS_PER_MAIL} attachments right after`,
        figures: summarise(attachmentReads),
        note: '5 MB each, base64 in the answer; the archive opened for the view is kept a minute (RecentArchive)',
      },
    ];
  } finally {
    await temp.dispose();
  }
}

// Alone: `npx tsx test/bench/archive-bench.ts` prints its row as the whole bench would.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(markdownTable(await archiveBench(Number(process.env.BENCH_RUNS ?? 3))));
}
