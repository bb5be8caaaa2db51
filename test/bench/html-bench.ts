// HTML import figures for `npm run bench`: import.preview of HTML as Outlook writes it (styled spans, bold, links,
// Word's empty <o:p>) at 256 kB, 1 MB and 10 MB, through the dispatcher the hosts use, read in the import worker;
// and how long app.status takes to come back while the 10 MB preview runs (the main thread stays free).
import type { RequestOf } from '../../shared/api/contract';
import { outlookHtml } from '../support/big-files';
import { TempStudio } from '../support/temp-studio';
import { summarise } from './measure';
import { collector, measured, peakNote } from './measured-call';
import type { BenchRow } from './vault-bench';

type PreviewFile = RequestOf<'import.preview'>['files'][number];

const kB = 1024;

function file(name: string, html: string): PreviewFile {
  return { name, base64: Buffer.from(html).toString('base64') };
}

export async function htmlBench(runs: number): Promise<BenchRow[]> {
  const temp = await TempStudio.open();
  const gc = collector();
  const rows: BenchRow[] = [];
  try {
    const { id: clientId } = await temp.call('client.add', { name: 'Bench HTML' });
    const trajectId = (await temp.call('traject.add', { clientId, title: 'HTML' })).id;
    // Warm: the worker starts and loads jsdom, DOMPurify and parse5 once, as for a coach's first import.
    await temp.call('import.preview', { trajectId, files: [file('warm.html', '<p>warm</p>')] });
    const cases = [
      { label: '256 kB', html: outlookHtml(256 * kB, { wrapped: false }), runs },
      { label: '1 MB', html: outlookHtml(1024 * kB, { wrapped: false }), runs: Math.min(runs, 5) },
      { label: '10 MB, long paragraphs', html: outlookHtml(10 * 1000 * kB, { words: 200 }), runs: Math.min(runs, 3) },
      { label: '10 MB, short paragraphs', html: outlookHtml(10 * 1000 * kB), runs: Math.min(runs, 3) },
    ];
    for (const { label, html, runs: times } of cases) {
      const sent = file(`antwoorden-${label}.html`, html);
      const samples = [];
      for (let run = 0; run < times; run += 1) {
        // The worker stays warm between runs, as between a coach's imports.
        samples.push(await measured(gc, () => temp.call('import.preview', { trajectId, files: [sent] })));
      }
      const result = samples[0]!.value.results[0]!;
      const outcome = result.ok
        ? `${result.preview.answers.reduce((sum, answer) => sum + answer.content.content.length, 0)} blocks`
        : `refused: ${result.error.code}`;
      rows.push({
        name: `import.preview: Outlook HTML ${label} (${(html.length / 1e6).toFixed(2)} MB, ${html.match(/<p /g)!.length} paragraphs)`,
        figures: summarise(samples.map((sample) => sample.ms)),
        note: `${outcome}; the process (main and worker threads) ${peakNote(samples)}; the worker's heap is capped at 1.5 GB`,
      });
    }

    // app.status round trips while the 10 MB preview (long paragraphs) runs.
    const big = file('groot.html', outlookHtml(10 * 1000 * kB, { words: 200 }));
    let finished = false;
    const preview = temp.call('import.preview', { trajectId, files: [big] }).finally(() => (finished = true));
    const trips: number[] = [];
    while (!finished) {
      const started = performance.now();
      await temp.call('app.status', {});
      trips.push(performance.now() - started);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    await preview;
    rows.push({
      name: 'app.status round trip while a 10 MB HTML preview runs',
      figures: summarise(trips),
      note: `${trips.length} calls, max ${Math.max(...trips).toFixed(1)} ms: the reading runs in the import worker`,
    });
  } finally {
    await temp.dispose();
  }
  return rows;
}
