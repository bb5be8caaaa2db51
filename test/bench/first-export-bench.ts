// The first dossier export of a new vault, which first makes the coach's signing identity: an RSA 3072 key
// (Node's crypto, OpenSSL, off the main thread) and a self-signed certificate (node-forge). Issue 16's target:
// under 1 s. Each run is a new vault, so each export makes a key; RSA key generation searches for primes, so its
// time varies from run to run, hence the p95.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { CLI_BIN } from '../support/cli-bin';
import { TEST_PASSPHRASE } from '../support/temp-studio';
import { createSelfSignedMaterial } from '../../main/services/signing/signing-certificate';
import { summarise } from './measure';
import { seedStressDossier } from '../support/stress-dossier';
import { TempStudio } from '../support/temp-studio';
import type { BenchRow } from './vault-bench';

const COACH = { name: 'Marieke Jansen', practice: 'Praktijk Jansen', email: 'marieke@praktijk-jansen.example' };

export async function firstExportBench(runs: number): Promise<BenchRow[]> {
  const firsts: number[] = [];
  let cold = NaN;
  // Run 0 is the first export of the process: it also loads pdfkit, @signpdf and node-forge and parses the fonts.
  for (let run = 0; run <= runs; run += 1) {
    const temp = await TempStudio.open();
    try {
      await temp.call('settings.update', { coach: COACH, language: 'nl' });
      const { trajectId } = await seedStressDossier(temp, { rounds: 3, words: 300 });
      if ((await temp.call('signing.show', {})).identity) throw new Error('a new vault already has a certificate');
      const started = performance.now();
      await temp.call('export.dossierPdf', { trajectId, includeNotes: false });
      const ms = performance.now() - started;
      if (!(await temp.call('signing.show', {})).identity?.selfSigned) {
        throw new Error('the first export made no signing certificate');
      }
      if (run === 0) cold = ms;
      else firsts.push(ms);
    } finally {
      await temp.dispose();
    }
  }

  // The built command line in a fresh process, as the coach's first "export pdf": start-up, unlock (the test KDF),
  // loading the PDF code, making the key and the certificate, the export, and writing the file.
  const builtFirsts: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const temp = await TempStudio.open();
    try {
      await temp.call('settings.update', { coach: COACH, language: 'nl' });
      const { trajectId } = await seedStressDossier(temp, { rounds: 3, words: 300 });
      await temp.whileClosed(async () => {
        const out = join(temp.root, 'dossier.pdf');
        const started = performance.now();
        await runBuiltCli(['--vault', temp.vaultDir, 'export', 'pdf', '--traject', trajectId, '--out', out]);
        builtFirsts.push(performance.now() - started);
      });
    } finally {
      await temp.dispose();
    }
  }

  const keys: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const started = performance.now();
    await createSelfSignedMaterial({ name: COACH.name, practice: COACH.practice }, new Date());
    keys.push(performance.now() - started);
  }
  return [
    {
      name: 'first dossier export (creates the certificate)',
      figures: summarise(firsts),
      note: `a new vault each run, 3-round dossier, RSA 3072 key by Node's crypto; the process's very first export (loading pdfkit, @signpdf, node-forge, fonts): ${cold.toFixed(0)} ms; target < 1 s`,
    },
    {
      name: 'first dossier export, built CLI in a fresh process (`passie-studio export pdf`)',
      figures: summarise(builtFirsts),
      note: 'the whole command: node start-up, unlock (test KDF), module loading, key and certificate, export, file written',
    },
    {
      name: 'signing identity alone: RSA 3072 key (Node crypto) + self-signed certificate (forge)',
      figures: summarise(keys),
    },
  ];
}

function runBuiltCli(args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [CLI_BIN, ...args],
      { env: { PATH: process.env.PATH, PASSIE_PASSPHRASE: TEST_PASSPHRASE, LANG: 'nl_NL.UTF-8' } },
      (error, _stdout, stderr) => (error ? reject(new Error(stderr || error.message)) : resolve()),
    );
  });
}
