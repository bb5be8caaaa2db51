// Import figures for `npm run bench`: import.preview of a 30 MB e-mail (wall time and peak RSS), of the zip bomb
// of the hostile fixtures (time until the refusal), and a batch of every e-mail and Word fixture previewed in one
// request and then committed. All in-process, through the same dispatcher the hosts use, on a traject in a temp
// vault whose catalogue holds the fixtures' questions.
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { RequestOf, ResponseOf } from '../../shared/api/contract';
import { acceptedRound, type ImportPreview } from '../../shared/domain/import';
import { fixture, fixtureJson, fixturePath } from '../support/fixtures';
import { base64Lines } from '../support/mail-with-attachments';
import { TEST_PASSPHRASE, TempStudio } from '../support/temp-studio';
import { summarise } from './measure';
import { collector, measured, peakNote } from './measured-call';
import type { BenchRow } from './vault-bench';

const BIG_EML_RUNS = 3;
const BIG_EML_BYTES = 30_000_000;

type PreviewFile = RequestOf<'import.preview'>['files'][number];
type FileResult = ResponseOf<'import.preview'>['results'][number];

const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;

function outcomes(results: FileResult[]): string {
  const counts = new Map<string, number>();
  for (const result of results) {
    const key = result.ok ? 'ok' : result.error.code;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].map(([key, count]) => `${key} ×${count}`).join(', ');
}

// ---------------------------------------------------------------------------------------------------------------
// The 30 MB e-mail, built here: a quoted-printable text part answering two catalogue questions, and a base64
// attachment of random bytes (a voice memo does not compress) that fills the message to BIG_EML_BYTES.

/** Quoted-printable (RFC 2045) of UTF-8 text: CRLF line breaks, soft breaks keep lines within 76 characters. */
function quotedPrintable(text: string): string {
  const out: string[] = [];
  for (const line of text.split('\n')) {
    let current = '';
    const bytes = Buffer.from(line, 'utf8');
    for (const [index, byte] of bytes.entries()) {
      const last = index === bytes.length - 1;
      const plain = (byte >= 33 && byte <= 126 && byte !== 61) || (byte === 32 && !last);
      const token = plain ? String.fromCharCode(byte) : `=${byte.toString(16).toUpperCase().padStart(2, '0')}`;
      if (current.length + token.length > 75) {
        out.push(`${current}=`);
        current = '';
      }
      current += token;
    }
    out.push(current);
  }
  return out.join('\r\n');
}

async function bigEmail(): Promise<{ bytes: Buffer; attachment: number }> {
  const catalogue = fixtureJson<{ places: { questions: { id: string; text: { nl: string } }[] }[] }>('questions.json');
  const questions = catalogue.places.flatMap((place) => place.questions);
  const ask = (id: string) => questions.find((question) => question.id === id)?.text.nl ?? id;
  const text = [
    'Hoi Marieke,',
    '',
    'Typen lukte vandaag niet helemaal, dus het grootste deel heb ik ingesproken (zie de bijlage). Sorry 🙈',
    '',
    ask('verlangen-1'),
    'Ik wil weer werk doen waar ik ’s avonds nog energie van over heb – niet alleen overleven tot het weekend.',
    'Daniëlle zei dat ik dat vaker hardop moet zeggen, en dat voelt spannend maar goed.',
    '',
    ask('haven-1'),
    'Het bankje aan de Vecht, vroeg in de ochtend, met koffie. Daar hoef ik even niemand te zijn.',
    '',
    'Groetjes,',
    'Sanne',
  ].join('\n');
  const boundary = '----=_Part_bench_30mb_7f3a';
  const head = [
    'From: =?UTF-8?Q?Sanne_de_Bo=C3=ABr?= <sanne.deboer@example.com>',
    'To: Marieke Jansen <marieke@praktijk-jansen.example>',
    'Subject: =?UTF-8?Q?Antwoord_ronde_2_=E2=80=93_ingesproken?=',
    'Date: Tue, 04 Mar 2025 23:41:07 +0100',
    'Message-ID: <bench-30mb-20250304234107@mail.example.com>',
    'MIME-Version: 1.0',
    `Content-Type: multipart/mixed; boundary="${boundary}"`,
    '',
    'This is a multi-part message in MIME format.',
    '',
    `--${boundary}`,
    'Content-Type: text/plain; charset=utf-8',
    'Content-Transfer-Encoding: quoted-printable',
    '',
    quotedPrintable(text),
    '',
    `--${boundary}`,
    'Content-Type: audio/mp4; name="voicememo-antwoord-ronde-2.m4a"',
    'Content-Transfer-Encoding: base64',
    'Content-Disposition: attachment; filename="voicememo-antwoord-ronde-2.m4a"',
    '',
    '',
  ].join('\r\n');
  const tail = `\r\n--${boundary}--\r\n`;
  // Each 57 raw bytes become a 76-character line plus CRLF.
  const room = BIG_EML_BYTES - Buffer.byteLength(head) - Buffer.byteLength(tail);
  const attachment = Math.floor((room + 2) / 78) * 57;
  const bytes = Buffer.from(head + base64Lines(randomBytes(attachment)) + tail, 'latin1');
  return { bytes, attachment };
}

// ---------------------------------------------------------------------------------------------------------------

async function newTraject(temp: TempStudio, title: string): Promise<string> {
  const { id: clientId } = await temp.call('client.add', { name: `Bench ${title}` });
  return (await temp.call('traject.add', { clientId, title })).id;
}

function commitRequest(trajectId: string, previews: ImportPreview[]): RequestOf<'import.commit'> {
  return { trajectId, rounds: previews.map(acceptedRound) };
}

/** Every e-mail and Word fixture of the public set (eml/, docx/), as the renderer sends them. */
async function fixtureBatch(): Promise<PreviewFile[]> {
  const files: PreviewFile[] = [];
  for (const [dir, extension] of [
    ['eml', '.eml'],
    ['docx', '.docx'],
  ] as const) {
    const names = (await readdir(fixturePath(dir))).filter((name) => name.endsWith(extension)).sort();
    for (const name of names) files.push({ name, base64: fixture(`${dir}/${name}`).toString('base64') });
  }
  return files;
}

async function batchRows(temp: TempStudio, runs: number, files: PreviewFile[]): Promise<BenchRow[]> {
  const previewTimes: number[] = [];
  const commitTimes: number[] = [];
  const seen: string[] = [];
  let answers = 0;
  let attachments = 0;
  let committed = 0;
  for (let run = 0; run < runs; run += 1) {
    // A fresh traject each run, so every commit appends to a dossier of the same size.
    const trajectId = await newTraject(temp, `Batch ${run + 1}`);
    let started = performance.now();
    const { results } = await temp.call('import.preview', { trajectId, files });
    previewTimes.push(performance.now() - started);
    seen.push(outcomes(results));
    const previews = results.flatMap((result) => (result.ok ? [result.preview] : []));
    answers = previews.reduce((sum, preview) => sum + preview.answers.length, 0);
    attachments = previews.reduce((sum, preview) => sum + preview.attachments.length, 0);
    if (previews.length === 0) continue;
    const request = commitRequest(trajectId, previews);
    started = performance.now();
    const { rounds } = await temp.call('import.commit', request);
    commitTimes.push(performance.now() - started);
    committed = rounds.reduce((sum, round) => sum + round.answers, 0);
  }
  const emails = files.filter((file) => file.name.endsWith('.eml')).length;
  const bytes = files.reduce((sum, file) => sum + Buffer.from(file.base64, 'base64').length, 0);
  const results = [...new Set(seen)].join(' / ');
  return [
    {
      name: `import.preview: batch of ${files.length} fixtures in one request`,
      figures: summarise(previewTimes),
      note: `${emails} .eml + ${files.length - emails} .docx, ${(bytes / 1024).toFixed(0)} KiB; ${results}; ${answers} answers, ${attachments} attachments`,
    },
    {
      name: `import.commit: the batch's ${files.length} previews as rounds`,
      figures: summarise(commitTimes),
      note: `${committed} answers and ${attachments} attachments sealed into a fresh traject each run`,
    },
  ];
}

export async function importBench(runs: number): Promise<BenchRow[]> {
  const temp = await TempStudio.open();
  const gc = collector();
  const rows: BenchRow[] = [];
  try {
    await temp.call('catalogue.import', fixtureJson<RequestOf<'catalogue.import'>>('questions.json'));
    const files = await fixtureBatch();
    // Warm: the first preview loads mailparser, mammoth and jsdom, the first commit the dossier code.
    const warm = await newTraject(temp, 'Warm');
    const { results } = await temp.call('import.preview', { trajectId: warm, files });
    const warmPreviews = results.flatMap((result) => (result.ok ? [result.preview] : []));
    if (warmPreviews.length > 0) await temp.call('import.commit', commitRequest(warm, warmPreviews));

    // 1. The 30 MB e-mail. The vault is locked and unlocked between runs (not timed), so previews held from
    //    the previous run are forgotten and every run starts from the same memory.
    const trajectId = await newTraject(temp, 'Groot bericht');
    const big = await bigEmail();
    const bigFile = { name: 'antwoord-ronde-2-ingesproken.eml', base64: big.bytes.toString('base64') };
    const bigRuns = [];
    for (let run = 0; run < BIG_EML_RUNS; run += 1) {
      bigRuns.push(await measured(gc, () => temp.call('import.preview', { trajectId, files: [bigFile] })));
      await temp.call('vault.lock', {});
      await temp.call('vault.unlock', { passphrase: TEST_PASSPHRASE });
    }
    const bigResults = bigRuns.flatMap((run) => run.value.results);
    const firstBig = bigResults[0];
    const bigShape =
      firstBig?.ok === true
        ? `${firstBig.preview.answers.length} answers, ${firstBig.preview.attachments.length} attachment`
        : '';
    rows.push({
      name: 'import.preview: 30 MB e-mail (multipart/mixed, QP text + base64 attachment)',
      figures: summarise(bigRuns.map((run) => run.ms)),
      note: `${mb(big.bytes.length)} message, ${mb(big.attachment)} attachment; ${outcomes(bigResults)}${bigShape ? `, ${bigShape}` : ''}; ${peakNote(bigRuns)}; sent as ${mb(bigFile.base64.length)} of base64`,
    });

    // 2. The zip bomb of the hostile fixtures: written by its generator (under 1 MB on disk) into the temp root.
    const bombPath = join(temp.root, 'antwoorden-ronde-4.docx');
    const generator = fixturePath('hostile/make-zip-bomb-docx.mjs');
    const generated = await promisify(execFile)(process.execPath, [generator, bombPath]);
    const inflated = /inflates to (\d+) bytes/.exec(generated.stdout)?.[1];
    const bombBytes = await readFile(bombPath);
    const bomb = { name: 'antwoorden-ronde-4.docx', base64: bombBytes.toString('base64') };
    const bombRuns = [];
    for (let run = 0; run < runs; run += 1) {
      bombRuns.push(await measured(gc, () => temp.call('import.preview', { trajectId, files: [bomb] })));
    }
    const bombResults = bombRuns.flatMap((run) => run.value.results);
    const refused = bombResults.every((result) => !result.ok);
    rows.push({
      name: 'import.preview: zip bomb .docx (hostile/make-zip-bomb-docx.mjs) until refused',
      figures: summarise(bombRuns.map((run) => run.ms)),
      note: `${(await stat(bombPath)).size.toLocaleString('en')} B on disk, document.xml declares ${Number(inflated ?? NaN).toLocaleString('en')} B; ${refused ? 'refused' : 'NOT refused'}: ${outcomes(bombResults)}; ${peakNote(bombRuns)}`,
    });

    // 3. The batch: every e-mail and Word fixture previewed in one request, then committed.
    rows.push(...(await batchRows(temp, runs, files)));
  } finally {
    await temp.dispose();
  }
  return rows;
}
