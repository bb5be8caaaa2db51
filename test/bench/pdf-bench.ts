// PDF figures for `npm run bench`: the signed dossier export of a ~150-page dossier (wall time, signature
// included, and peak RSS), and in the same run headless Chromium printing the same dossier as HTML to PDF, the
// obvious alternative, for comparison. The target: at most half of Chromium's time, under 400 MB peak.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Catalogue } from '../../shared/domain/catalogue';
import type { DossierView } from '../../shared/domain/dossier';
import { PASSIE_KEYS } from '../../shared/domain/passie';
import type { RichDoc, RichNode } from '../../shared/domain/rich-text';
import type { Settings } from '../../shared/domain/settings';
import { seedStressDossier } from '../support/stress-dossier';
import { TempStudio } from '../support/temp-studio';
import { summarise } from './measure';
import { collector, measured, peakMethod } from './measured-call';
import type { BenchRow } from './vault-bench';

const CHROMIUM = '/usr/bin/chromium';
/** 40 rounds of one 700-word answer and a 7-block reply: about 150 pages. */
const ROUNDS = 40;
const WORDS = 700;
const MB = 1e6;

// ---------------------------------------------------------------------------------------------------------------
// The same dossier as HTML, laid out for print as closely as CSS allows: the same fonts (DejaVu from the same
// package), A4, the same margins, cover, overview table, rounds with answers and the reply by PASSIE block.

const escape = (value: string) =>
  value.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!);

function inlineHtml(node: RichNode): string {
  if (node.type === 'hardBreak') return '<br>';
  if (node.type !== 'text') return (node.content ?? []).map(inlineHtml).join('');
  let html = escape(node.text ?? '');
  for (const mark of node.marks ?? []) {
    if (mark.type === 'bold') html = `<strong>${html}</strong>`;
    else if (mark.type === 'italic') html = `<em>${html}</em>`;
    else if (mark.type === 'underline') html = `<u>${html}</u>`;
    else
      html = `<a href="${escape(mark.attrs.href)}">${html}</a> <span class="href">(${escape(mark.attrs.href)})</span>`;
  }
  return html;
}

function blockHtml(node: RichNode): string {
  const inner = () => (node.content ?? []).map(blockHtml).join('');
  switch (node.type) {
    case 'paragraph':
      return `<p>${(node.content ?? []).map(inlineHtml).join('')}</p>`;
    case 'heading':
      return `<h4>${(node.content ?? []).map(inlineHtml).join('')}</h4>`;
    case 'bulletList':
      return `<ul>${inner()}</ul>`;
    case 'orderedList':
      return `<ol start="${Number(node.attrs?.start ?? 1)}">${inner()}</ol>`;
    case 'listItem':
      return `<li>${inner()}</li>`;
    case 'blockquote':
      return `<blockquote>${inner()}</blockquote>`;
    default:
      return `<p>${inlineHtml(node)}</p>`;
  }
}

const docHtml = (doc: RichDoc) => doc.content.map(blockHtml).join('');

function dossierHtml(view: DossierView, settings: Settings, catalogue: Catalogue): string {
  const font = (file: string) =>
    pathToFileURL(createRequire(import.meta.url).resolve(`dejavu-fonts-ttf/ttf/${file}`)).href;
  const faces = [
    ['Serif', 'DejaVuSerif.ttf', 'normal', 'normal'],
    ['Serif', 'DejaVuSerif-Bold.ttf', 'bold', 'normal'],
    ['Serif', 'DejaVuSerif-Italic.ttf', 'normal', 'italic'],
    ['Serif', 'DejaVuSerif-BoldItalic.ttf', 'bold', 'italic'],
    ['Sans', 'DejaVuSans.ttf', 'normal', 'normal'],
    ['Sans', 'DejaVuSans-Bold.ttf', 'bold', 'normal'],
  ]
    .map(
      ([family, file, weight, style]) =>
        `@font-face{font-family:"D ${family}";src:url("${font(file!)}");font-weight:${weight};font-style:${style}}`,
    )
    .join('');
  const questions = new Map(
    catalogue.places.flatMap((place) => place.questions.map((q) => [q.id, { place: place.name.nl, text: q.text.nl }])),
  );
  const labels = settings.passieLabels.nl;
  const rounds = view.rounds
    .map((round) => {
      const answers = round.answers
        .map((answer) => {
          const question = answer.questionId ? questions.get(answer.questionId) : undefined;
          return `<div class="place">${escape(question?.place ?? 'Eigen vraag')}</div><h3>${escape(question?.text ?? answer.title ?? '')}</h3>${docHtml(answer.content)}`;
        })
        .join('');
      const reply = round.reply
        ? PASSIE_KEYS.map(
            (key) => `<h4 class="block">${escape(labels[key])}</h4>${docHtml(round.reply!.blocks[key])}`,
          ).join('')
        : '<p><em>Nog geen reactie.</em></p>';
      return `<section><h2>Ronde ${round.number}</h2><p class="meta">Ontvangen ${escape(round.receivedAt)}</p><h3>Antwoorden</h3>${answers}<h3>Reactie van de coach</h3>${reply}</section>`;
    })
    .join('');
  const table = view.rounds
    .map(
      (round) => `<tr><td>${round.number}</td><td>${round.receivedAt}</td><td>${round.reply?.sentAt ?? ''}</td></tr>`,
    )
    .join('');
  return `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Dossier</title><style>${faces}
@page{size:A4;margin:74pt 62pt 70pt 62pt}
body{font:10.5pt/1.45 "D Serif";color:#1f2328}
h1,h2,h3,h4,.place,.meta{font-family:"D Sans";color:#2f5d50;break-after:avoid}
p{orphans:2;widows:2;margin:0 0 .45em}
section{break-before:page}
blockquote{border-left:2pt solid #9fb3aa;margin-left:2pt;padding-left:12pt;color:#5b6770}
.href{color:#5b6770;font-size:.92em}
table{border-collapse:collapse;width:100%}td{padding:2pt 6pt}
</style></head><body>
<div><h1>Coachingdossier</h1><p>${escape(view.traject.title)}</p><p>${escape(view.client.name)}</p><p>${escape(settings.coach.name)}</p></div>
<section><h2>Overzicht</h2><table>${table}</table></section>${rounds}
<section><h2>Controle en handtekening</h2><p>${view.chain.head}</p></section></body></html>`;
}

function chromiumPrint(html: string, pdf: string, profile: string): Promise<void> {
  return new Promise((resolvePrint, reject) =>
    execFile(
      CHROMIUM,
      [
        '--headless',
        '--disable-gpu',
        '--no-sandbox',
        `--user-data-dir=${profile}`,
        '--no-pdf-header-footer',
        `--print-to-pdf=${pdf}`,
        pathToFileURL(html).href,
      ],
      { timeout: 120_000 },
      (error) => (error ? reject(error) : resolvePrint()),
    ),
  );
}

function pdfPages(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
}

export async function pdfBench(runs: number): Promise<BenchRow[]> {
  const temp = await TempStudio.open();
  const gc = collector();
  const rows: BenchRow[] = [];
  try {
    await temp.call('settings.update', {
      coach: { name: 'Marieke Jansen', practice: 'Praktijk Jansen', email: 'marieke@praktijk-jansen.example' },
      language: 'nl',
    });
    const { trajectId } = await seedStressDossier(temp, { rounds: ROUNDS, words: WORDS });
    await temp.call('signing.create', {});
    // Warm: the first export loads pdfkit, @signpdf and node-forge and parses the fonts.
    const warm = Buffer.from(
      (await temp.call('export.dossierPdf', { trajectId, includeNotes: false })).base64,
      'base64',
    );
    const pages = pdfPages(warm);

    const exports = [];
    for (let run = 0; run < runs; run += 1) {
      exports.push(await measured(gc, () => temp.call('export.dossierPdf', { trajectId, includeNotes: false })));
    }
    const peaks = exports.map((run) => run.peak);
    const how = peakMethod(exports);
    const exportMedian = summarise(exports.map((run) => run.ms)).median;
    rows.push({
      name: `export.dossierPdf: ${pages}-page dossier, signed (RSA 3072)`,
      figures: summarise(exports.map((run) => run.ms)),
      note: `${(warm.length / MB).toFixed(1)} MB PDF; peak RSS ${(Math.max(...peaks) / MB).toFixed(0)} MB max (whole bench process, +${(Math.max(...exports.map((run) => run.peak - run.before)) / MB).toFixed(0)} MB over the RSS before the call; ${how})`,
    });

    const view = await temp.call('traject.show', { id: trajectId });
    const html = join(temp.root, 'dossier.html');
    const printed = join(temp.root, 'chromium.pdf');
    const profile = join(temp.root, 'chromium-profile');
    await writeFile(
      html,
      dossierHtml(view, await temp.call('settings.get', {}), await temp.call('catalogue.list', {})),
    );
    try {
      await chromiumPrint(html, printed, profile); // warm the profile and the disk cache, as for the export
      const prints = [];
      for (let run = 0; run < runs; run += 1) {
        const started = performance.now();
        await chromiumPrint(html, printed, profile);
        prints.push(performance.now() - started);
      }
      const chromiumMedian = summarise(prints).median;
      const chromiumPages = pdfPages(readFileSync(printed));
      rows.push({
        name: `headless Chromium --print-to-pdf: the same dossier as HTML (${chromiumPages} pages, unsigned)`,
        figures: summarise(prints),
        note: `process start included, as an export through Chromium would pay it; export/Chromium median = ${(exportMedian / chromiumMedian).toFixed(2)} (target ≤ 0.5)`,
      });
    } catch (error) {
      console.error(`Chromium could not print (${error instanceof Error ? error.message : String(error)}).`);
    }
  } finally {
    await temp.dispose();
  }
  return rows;
}
