// Backup figures for `npm run bench`: the practice of dashboard-bench.ts (500 clients, 1,500 trajects, built through
// the API: about a minute and a half on a 2-core machine) backed up through the studio's API into a fresh folder,
// next to a plain `cp -r` of the same vault folder measured in the same run; then an incremental backup after one
// changed dossier, and a restore. Every timing starts after `sync`, so none pays for another's writeback. The
// backup writes the files into packs, fsyncs each pack and reads it back to check every file's SHA-256; `cp -r`
// does neither.
import { execFileSync } from 'node:child_process';
import { mkdir, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { PACKS } from '../../main/services/backup/backup-packs';
import { restoreBackup } from '../../main/services/backup/backup-restore';
import { PASSIE_KEYS, type ReplyBlocks } from '../../shared/domain/passie';
import { richTextFromPlain } from '../../shared/domain/rich-text';
import { TEST_PASSPHRASE, TempStudio } from '../support/temp-studio';
import { buildPractice } from './dashboard-bench';
import { summarise } from './measure';
import type { BenchRow } from './vault-bench';

const TARGET_SHARE_OF_CP = 0.5;

function syncDisks(): void {
  if (process.platform !== 'win32') execFileSync('sync');
}

function hasCp(): boolean {
  try {
    execFileSync('cp', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return process.platform === 'darwin'; // BSD cp has no --version, but is always there
  }
}

const megabytes = (bytes: number) => bytes / (1024 * 1024);
const median = (samples: number[]) => summarise(samples).median;

export async function backupBench(runs: number): Promise<BenchRow[]> {
  const temp = await TempStudio.open();
  try {
    const building = performance.now();
    await buildPractice(temp);
    console.error(`Built the backup bench's practice in ${Math.round((performance.now() - building) / 1000)} s.`);
    await temp.studio.dispatch('vault.lock', {}); // writes pending saves, then everything is on disk
    await temp.call('vault.unlock', { passphrase: TEST_PASSPHRASE });
    const { trajects } = await temp.call('traject.list', {});
    const awaiting = trajects.find((traject) => traject.awaiting.length > 0)!;

    const withCp = hasCp();
    const full: number[] = [];
    const copies: number[] = [];
    const incremental: number[] = [];
    const restores: number[] = [];
    let vaultBytes = 0;
    let files = 0;
    let changed = 0;
    let packs = 0;
    for (let run = 0; run < runs; run += 1) {
      const backupDir = join(temp.root, `backup-${run}`);
      const copyDir = join(temp.root, `cp-${run}`);
      const timeBackup = async () => {
        await mkdir(backupDir, { recursive: true });
        syncDisks();
        const started = performance.now();
        const report = await temp.call('backup.create', { folder: backupDir });
        full.push(performance.now() - started);
        vaultBytes = report.bytes;
        files = report.files;
        packs = (await readdir(join(backupDir, PACKS))).length;
      };
      const timeCp = () => {
        syncDisks();
        const started = performance.now();
        execFileSync('cp', ['-r', temp.vaultDir, copyDir]);
        copies.push(performance.now() - started);
      };
      // Alternated, so neither always runs on a disk the other has just made busy.
      if (run % 2 === 0) {
        await timeBackup();
        if (withCp) timeCp();
      } else {
        if (withCp) timeCp();
        await timeBackup();
      }

      const blocks = Object.fromEntries(
        PASSIE_KEYS.map((key) => [key, richTextFromPlain(`${key}: concept ${run}`)]),
      ) as ReplyBlocks;
      await temp.call('reply.saveDraft', { trajectId: awaiting.id, roundId: awaiting.awaiting[0]!.roundId, blocks });
      syncDisks();
      const started = performance.now();
      changed = (await temp.call('backup.create', { folder: backupDir })).copied;
      incremental.push(performance.now() - started);

      if (run < Math.min(runs, 3)) {
        const into = join(temp.root, `restored-${run}`);
        syncDisks();
        const restoring = performance.now();
        await restoreBackup({ backupDir, intoDir: into, passphrase: TEST_PASSPHRASE });
        restores.push(performance.now() - restoring);
        await rm(into, { recursive: true, force: true });
      }
      await rm(backupDir, { recursive: true, force: true });
      await rm(copyDir, { recursive: true, force: true });
    }

    const size = megabytes(vaultBytes);
    const backupRate = size / (median(full) / 1000);
    const cpRate = withCp ? size / (median(copies) / 1000) : NaN;
    // Per run, then the median: a shared machine's disk speed drifts between runs more than within one.
    const share = withCp ? median(copies.map((copy, run) => copy / full[run]!)) : NaN;
    const rows: BenchRow[] = [
      {
        name: `backup create, full (${files} files, ${size.toFixed(1)} MB)`,
        figures: summarise(full),
        note: withCp
          ? `${backupRate.toFixed(1)} MB/s; ${Math.round(share * 100)}% of the speed of cp -r in the same run (median of ` +
            `runs; target ≥ ${TARGET_SHARE_OF_CP * 100}%); ${packs} pack(s), fsynced and read back, every file checked`
          : `${backupRate.toFixed(1)} MB/s (no cp to compare with)`,
      },
    ];
    if (withCp) {
      rows.push({
        name: 'cp -r of the same vault folder',
        figures: summarise(copies),
        note: `${cpRate.toFixed(1)} MB/s; no fsync`,
      });
    }
    rows.push(
      {
        name: 'backup create, incremental (one dossier changed)',
        figures: summarise(incremental),
        note: `${changed} file copied; every file still read and hashed`,
      },
      {
        name: 'backup restore (copy and check, unlock, open every file)',
        figures: summarise(restores),
        note: `${size.toFixed(1)} MB; test KDF N=2^14`,
      },
    );
    return rows;
  } finally {
    await temp.dispose();
  }
}
