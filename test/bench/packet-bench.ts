// Answer packets, for `npm run bench`: the size of the packet page (the target: < 150 KB), the time to
// make one, the time Chromium takes to open it from file://, and sealing a 10,000-word answer set inside the page
// (target: < 100 ms) — both the envelope alone in Chromium's WebCrypto and the whole "send" click.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from '@playwright/test';
import { build } from 'esbuild';
import { TempStudio } from '../support/temp-studio';
import { summarise } from './measure';
import type { BenchRow } from './vault-bench';

const QUESTIONS = 5;
const WORDS = 10_000;
const SENTENCE_WORDS = 'ik merk dat ik steeds weer terugkom bij de vraag wat ik zelf eigenlijk wil'.split(' ');

/** 2,000 words per question, in lines of a sentence or so, as a client writes. */
function answerOf(index: number): string {
  const words = Array.from(
    { length: WORDS / QUESTIONS },
    (_, at) => SENTENCE_WORDS[(at + index) % SENTENCE_WORDS.length],
  );
  const lines = [];
  for (let at = 0; at < words.length; at += 16) lines.push(words.slice(at, at + 16).join(' '));
  return lines.join('\n');
}

/** The page's own envelope code, bundled alone, so Chromium's time for sealAnswers can be taken by itself. */
async function envelopeBundle(): Promise<string> {
  const result = await build({
    entryPoints: [join(import.meta.dirname, '../../shared/packet/envelope.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    globalName: 'passieEnvelope',
    platform: 'browser',
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

/** Resolves, in the page, with the milliseconds from the click on send to the "sent" step being shown. */
const TIME_SEND = `(async () => {
  const send = [...document.querySelectorAll('button')].find((button) => button.textContent === 'Versturen naar mijn coach');
  const sent = [...document.querySelectorAll('h2')].find((heading) => heading.textContent === 'Je antwoorden staan klaar').parentElement;
  const started = performance.now();
  await new Promise((resolveSent) => {
    new MutationObserver(() => { if (!sent.hidden) resolveSent(); }).observe(sent, { attributes: true });
    send.click();
  });
  return performance.now() - started;
})()`;

const NAVIGATION_READY = "performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd";

async function openPacket(page: Page, url: string): Promise<number> {
  const started = performance.now();
  await page.goto(url);
  await page.getByRole('textbox').first().waitFor();
  return performance.now() - started;
}

export async function packetBench(runs: number, browser: Browser): Promise<BenchRow[]> {
  const temp = await TempStudio.open();
  const dir = await mkdtemp(join(tmpdir(), 'passie-packet-bench-'));
  try {
    await temp.call('settings.update', { coach: { name: 'Marieke Jansen', practice: 'Praktijk Jansen', email: '' } });
    const { id: clientId } = await temp.call('client.add', { name: 'Bench Cliënt' });
    const { id: trajectId } = await temp.call('traject.add', { clientId, title: 'Bench' });
    const request = {
      trajectId,
      questions: Array.from({ length: QUESTIONS }, (_, index) => ({ text: `Vraag ${index + 1}: wat wil je echt?` })),
      note: 'Neem de tijd.',
      language: 'nl' as const,
    };
    let started = performance.now();
    const first = await temp.call('packet.create', request);
    const firstCall = performance.now() - started;
    const creates: number[] = [];
    for (let run = 0; run < runs; run += 1) {
      started = performance.now();
      await temp.call('packet.create', request);
      creates.push(performance.now() - started);
    }
    const html = Buffer.from(first.base64, 'base64');
    const path = join(dir, first.fileName);
    await writeFile(path, html);
    const url = pathToFileURL(path).href;
    const answers = Array.from({ length: QUESTIONS }, (_, index) => answerOf(index));
    const rows: BenchRow[] = [
      {
        name: 'answer packet: packet.create',
        figures: summarise(creates),
        note: `${(html.length / 1024).toFixed(1)} KB HTML (target < 150 KB); the first call, which bundles the page with esbuild, took ${firstCall.toFixed(0)} ms`,
      },
    ];

    const context = await browser.newContext({ locale: 'nl-NL', acceptDownloads: true });
    try {
      const page = await context.newPage();
      await openPacket(page, url);
      const opens: number[] = [];
      const inPage: number[] = [];
      for (let run = 0; run < runs; run += 1) {
        opens.push(await openPacket(page, url));
        // The page's script runs at the end of <body>, so by DOMContentLoaded's end the questions are built.
        inPage.push(await page.evaluate<number>(NAVIGATION_READY));
      }
      rows.push({
        name: 'answer packet: open from file:// in Chromium',
        figures: summarise(opens),
        note: `page.goto → first answer box shown, Chromium already running; in the page, navigation start → DOMContentLoaded done: ${summarise(inPage).median.toFixed(0)} ms median`,
      });

      // The envelope alone, as the page calls it, on 10,000 words.
      const envelope = await page.context().newPage();
      // A page of its own from file:// (a secure context, as the packet page is: WebCrypto is there).
      const blank = join(dir, 'envelope.html');
      await writeFile(blank, '<!doctype html><title>envelope</title>');
      await envelope.goto(pathToFileURL(blank).href);
      await envelope.addScriptTag({ content: await envelopeBundle() });
      const data = JSON.parse(
        (await readFile(path, 'utf8')).match(/<script type="application\/json" id="packet-data">(.*?)<\/script>/s)![1]!,
      ) as { packetId: string; trajectRef: string; coachPublicKey: string; coachKeyFingerprint: string };
      const seals = await envelope.evaluate(
        async ({ data: packet, answers: texts, runs: times }) => {
          const globals = globalThis as unknown as {
            passieEnvelope: { sealAnswers: (key: Uint8Array, header: unknown, payload: unknown) => Promise<string> };
            atob: (text: string) => string;
          };
          const base64 = packet.coachPublicKey.replace(/-/g, '+').replace(/_/g, '/');
          const key = Uint8Array.from(globals.atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4)), (char) =>
            char.charCodeAt(0),
          );
          const header = {
            packetId: packet.packetId,
            trajectRef: packet.trajectRef,
            coachKeyFingerprint: packet.coachKeyFingerprint,
          };
          const payload = {
            sentAt: new Date().toISOString(),
            language: 'nl',
            answers: texts.map((answer, index) => ({ question: `Vraag ${index + 1}`, answer })),
          };
          await globals.passieEnvelope.sealAnswers(key, header, payload);
          const samples = [];
          for (let run = 0; run < times; run += 1) {
            const begun = performance.now();
            await globals.passieEnvelope.sealAnswers(key, header, payload);
            samples.push(performance.now() - begun);
          }
          return samples;
        },
        { data, answers, runs },
      );
      rows.push({
        name: 'answer packet: sealAnswers, 10,000 words, in Chromium',
        figures: summarise(seals),
        note: 'ECDH P-256 + HKDF + AES-256-GCM (WebCrypto); target < 100 ms',
      });

      // The whole send in the real page: seal, Blob, download, the "sent" step shown.
      const sends: number[] = [];
      for (let run = 0; run <= runs; run += 1) {
        await openPacket(page, url);
        const boxes = page.getByRole('textbox');
        for (const [index, answer] of answers.entries()) await boxes.nth(index).fill(answer);
        await page.getByRole('button', { name: 'Lees alles nog eens na' }).click();
        const download = page.waitForEvent('download');
        const took = await page.evaluate<number>(TIME_SEND);
        await (await download).delete();
        if (run > 0) sends.push(took);
      }
      rows.push({
        name: 'answer packet: send 10,000 words in the page',
        figures: summarise(sends),
        note: 'click on "Versturen" → sealed, saved as .passie, "sent" step shown',
      });
    } finally {
      await context.close();
    }
    return rows;
  } finally {
    await temp.dispose();
    await rm(dir, { recursive: true, force: true });
  }
}
