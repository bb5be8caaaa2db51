// `npm run bench`: prints a Markdown table of figures. Benchmarks never pass or fail; CI does not run them.
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { chromium, type Browser } from '@playwright/test';
import { builtRendererDir, rendererSourceDirs } from '../../main/platform/repo-paths';
import { isStale, runBuildScript } from '../../main/launcher/build-if-needed';
import { chromiumArgs, e2eChromium } from '../e2e/chromium';
import { CLI_BIN } from '../support/cli-bin';
import { setup as buildCliIfStale } from '../support/ensure-built';
import { markdownTable, summarise, type Figures } from './measure';

const RUNS = Number(process.env.BENCH_RUNS ?? 10);

/** From spawning `passie-studio serve` to the first screen's primary action visible in Chromium. */
async function hostColdStartOnce(vaultDir: string, browser: Browser) {
  const page = await browser.newPage({ locale: 'nl-NL' });
  const started = performance.now();
  const child = spawn(process.execPath, [CLI_BIN, '--vault', vaultDir, '--json', 'serve', '--no-open']);
  try {
    const line = await new Promise<string>((resolveLine) =>
      createInterface({ input: child.stdout }).once('line', resolveLine),
    );
    const urlPrinted = performance.now() - started;
    await page.goto((JSON.parse(line) as { url: string }).url);
    await page.getByRole('button', { name: 'Nieuwe kluis aanmaken' }).waitFor();
    return { urlPrinted, firstScreen: performance.now() - started };
  } finally {
    await page.close();
    const exited = new Promise((resolveExit) => child.once('exit', resolveExit));
    child.kill('SIGINT');
    await exited;
  }
}

async function main() {
  if (isStale(join(builtRendererDir, 'index.html'), rendererSourceDirs) && !runBuildScript('build:renderer')) {
    throw new Error('the renderer build failed');
  }
  await buildCliIfStale();
  const vaultDir = await mkdtemp(join(tmpdir(), 'passie-bench-'));
  const rows: { name: string; figures: Figures; note?: string }[] = [];
  try {
    // Start-up differences are a few tens of milliseconds: twice the runs.
    rows.push(...(await (await import('./cli-start-bench')).cliStartBench(RUNS * 2)));
    rows.push(...(await (await import('./vault-bench')).vaultBench(RUNS)));
    rows.push(...(await (await import('./import-bench')).importBench(RUNS)));
    rows.push(...(await (await import('./html-bench')).htmlBench(RUNS)));

    const executablePath = e2eChromium();
    if (executablePath) {
      const browser = await chromium.launch({ executablePath, args: chromiumArgs });
      try {
        await hostColdStartOnce(vaultDir, browser);
        const starts = [];
        for (let i = 0; i < RUNS; i += 1) starts.push(await hostColdStartOnce(vaultDir, browser));
        rows.push({ name: 'browser host: spawn → URL printed', figures: summarise(starts.map((s) => s.urlPrinted)) });
        rows.push({
          name: 'browser host: spawn → first screen',
          figures: summarise(starts.map((s) => s.firstScreen)),
          note: 'Chromium already running',
        });
        rows.push(...(await (await import('./dashboard-bench')).dashboardBench(RUNS, browser)));
        rows.push(...(await (await import('./typing-bench')).typingBench(browser)));
        rows.push(...(await (await import('./packet-bench')).packetBench(RUNS, browser)));
      } finally {
        await browser.close();
      }
    } else {
      console.error('No Chromium found: the browser host cold start was not measured.');
      rows.push(...(await (await import('./dashboard-bench')).dashboardBench(RUNS)));
    }
    // Each run exports a ~150-page signed dossier and has Chromium print it: five runs say enough.
    rows.push(...(await (await import('./pdf-bench')).pdfBench(Math.min(RUNS, 5))));
    rows.push(...(await (await import('./first-export-bench')).firstExportBench(RUNS)));
    rows.push(...(await (await import('./backup-bench')).backupBench(Math.min(RUNS, 5))));
    // Each run builds and closes a traject with 50 MB of attachments: three runs say enough.
    rows.push(...(await (await import('./archive-bench')).archiveBench(Math.min(RUNS, 3))));
  } finally {
    await rm(vaultDir, { recursive: true, force: true });
  }
  console.log(`PASSIE Studio benchmarks — Node ${process.version}, ${cpus().length} cores\n`);
  console.log(markdownTable(rows));
}

await main();
