// An interrupted backup leaves the previous one usable: child processes make a backup of a real vault into the same
// folder (support/backup-child.ts) and are SIGKILLed at random moments of it; between kills the vault changes
// (rounds added, drafts saved, clients deleted), so every run has files to copy and files to drop. After each kill
// the folder holds the previous backup or the complete new one — never a manifest naming a missing or wrong file —
// and every few kills it is restored and opened for real. BACKUP_CRASH_KILLS raises the number of kills.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdir, rm, utimes } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStudio, type Studio } from '../../../main/api/studio';
import { readManifest } from '../../../main/services/backup/backup-manifest';
import { restoreBackup } from '../../../main/services/backup/backup-restore';
import { verifyBackup } from '../../../main/services/backup/backup-verify';
import type { ApiResult } from '../../../shared/api/errors';
import type { MethodName, RequestOf, ResponseOf } from '../../../shared/api/contract';
import type { BackupReport } from '../../../shared/domain/backup';
import { richTextFromPlain } from '../../../shared/domain/rich-text';
import { loadFixtureClients } from '../../support/fixture-clients';
import { TEST_PASSPHRASE, TempStudio } from '../../support/temp-studio';
import { bundleScript } from '../vault/support/bundle-script';
import { listFiles } from '../vault/support/files';
import { filesInPacks, packsNamedBy } from './support/backup-folder';
import { INSTANCE_LOCK } from '../../../main/services/vault/vault-layout';

const KILLS = Number(process.env.BACKUP_CRASH_KILLS ?? 20);
/** A full restore (copy, unlock, open every file) after every this many kills, and after the last. */
const RESTORE_EVERY = 5;
const EXTRA_CLIENTS = 40;

const VAULT_FILE = /^(vault\.json|[a-z]+\.psv|trajects\/tr_[0-9a-z]{20}\/dossier\.psv)$/;

type ChildLine = { ready: true } | { done: BackupReport } | { error: string; code: string };

let temp: TempStudio;
let script: string;
let backupDir: string;
const living = new Set<ChildProcessWithoutNullStreams>();

const sleep = (ms: number) => new Promise<void>((resolveSleep) => setTimeout(resolveSleep, ms));

async function value<M extends MethodName>(studio: Studio, method: M, request: RequestOf<M>): Promise<ResponseOf<M>> {
  const result = (await studio.dispatch(method, request)) as ApiResult<ResponseOf<M>>;
  if (!result.ok) throw new Error(`${method}: ${result.error.code}`);
  return result.value;
}

/** Everything a coach sees of a vault: the clients, and every traject's whole dossier. */
async function contentsOf(studio: Studio) {
  const { clients } = await value(studio, 'client.list', {});
  const { trajects } = await value(studio, 'traject.list', {});
  const dossiers = [];
  for (const traject of trajects) dossiers.push(await value(studio, 'traject.show', { id: traject.id }));
  return { clients, trajects, dossiers };
}

/** Makes a dead studio's instance lock look a minute old, so the next studio takes it over as stale. */
async function ageInstanceLock(vaultDir: string): Promise<void> {
  const past = new Date(Date.now() - 60_000);
  await utimes(join(vaultDir, INSTANCE_LOCK), past, past).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'ENOENT') throw error;
  });
}

/** One backup-child: its lines, and promises for its readiness and its end. */
class Child {
  readonly process: ChildProcessWithoutNullStreams;
  readonly lines: ChildLine[] = [];
  stderr = '';
  readyAt = 0;
  doneAt = 0;
  readonly ready: Promise<void>;
  readonly closed: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;

  constructor() {
    this.process = spawn(process.execPath, [script, temp.vaultDir, backupDir], {
      env: { PATH: process.env.PATH, PASSIE_PASSPHRASE: TEST_PASSPHRASE },
    });
    living.add(this.process);
    let pending = '';
    let markReady = () => {};
    this.ready = new Promise((resolveReady) => (markReady = resolveReady));
    this.process.stdout.setEncoding('utf8');
    this.process.stdout.on('data', (chunk: string) => {
      const parts = (pending + chunk).split('\n');
      pending = parts.pop() ?? '';
      for (const part of parts) {
        const line = JSON.parse(part) as ChildLine;
        this.lines.push(line);
        if ('ready' in line) {
          this.readyAt = performance.now();
          markReady();
        }
        if ('done' in line) this.doneAt = performance.now();
      }
    });
    this.process.stderr.setEncoding('utf8');
    this.process.stderr.on('data', (chunk: string) => (this.stderr += chunk));
    this.closed = new Promise((resolveClose) =>
      this.process.once('close', (code, signal) => {
        living.delete(this.process);
        markReady();
        resolveClose({ code, signal });
      }),
    );
  }

  go(): void {
    this.process.stdin.write('go\n');
  }

  get done(): BackupReport | undefined {
    for (const line of this.lines) if ('done' in line) return line.done;
    return undefined;
  }

  describe(): string {
    return `${this.lines.map((line) => JSON.stringify(line)).join('\n')}\n${this.stderr}`;
  }
}

/** Changes the vault while no child has it open: a round here, a draft there, now and then a client deleted. */
async function changeVault(round: number): Promise<void> {
  await temp.reopen();
  try {
    const { trajects } = await temp.call('traject.list', {});
    for (let change = 0; change < 3; change += 1) {
      const traject = trajects[Math.floor(Math.random() * trajects.length)]!;
      await temp.call('round.add', {
        trajectId: traject.id,
        answers: [
          { title: `Ronde ${round}.${change}`, content: richTextFromPlain(`Antwoord na kill ${round}. `.repeat(40)) },
        ],
      });
    }
    if (round % 3 === 2) {
      const { clients } = await temp.call('client.list', {});
      const victim = clients[Math.floor(Math.random() * clients.length)]!;
      await temp.call('client.delete', { id: victim.id, reason: 'Test van verwijderen tijdens back-ups' });
    }
  } finally {
    await temp.studio.close();
  }
}

beforeAll(async () => {
  temp = await TempStudio.open();
  backupDir = join(temp.root, 'backup');
  await mkdir(backupDir);
  await mkdir(join(temp.root, 'bundle'));
  script = await bundleScript(join(import.meta.dirname, 'support/backup-child.ts'), join(temp.root, 'bundle'), [
    'pdfkit',
    '@zxcvbn-ts/core',
    '@zxcvbn-ts/language-common',
    '@zxcvbn-ts/language-en',
    '@zxcvbn-ts/language-nl-be',
  ]);
  await loadFixtureClients(temp);
  for (let index = 0; index < EXTRA_CLIENTS; index += 1) {
    const { id: clientId } = await temp.call('client.add', { name: `Cliënt ${index}` });
    const { id: trajectId } = await temp.call('traject.add', { clientId, title: `Traject ${index}` });
    await temp.call('round.add', {
      trajectId,
      answers: [
        { title: 'Eerste ronde', content: richTextFromPlain(`Wat ik wil veranderen, deel ${index}. `.repeat(200)) },
      ],
    });
  }
  await temp.studio.close();
}, 120_000);

afterAll(async () => {
  for (const child of living) child.kill('SIGKILL');
  await temp.dispose();
});

/** Runs one child to the end: the backup it reports, and how long the backup itself took. */
async function completeBackup(): Promise<{ report: BackupReport; ms: number }> {
  const child = new Child();
  child.go();
  const end = await child.closed;
  expect(end.code, child.describe()).toBe(0);
  await ageInstanceLock(temp.vaultDir);
  return { report: child.done!, ms: child.doneAt - child.readyAt };
}

describe('backup create under SIGKILL', () => {
  it(`leaves the previous backup or the complete new one after ${KILLS} kills at random moments`, async () => {
    const first = await completeBackup();
    // Kills are spread over the length of an incremental backup, as the ones below are: measured once, then
    // updated by every child that finishes before its kill.
    await changeVault(-1);
    let backupMs = (await completeBackup()).ms;
    let committed = (await readManifest(backupDir))!.createdAt;
    expect(committed > first.report.manifest.createdAt).toBe(true);
    const delays: number[] = [];
    const stats = { duringBackup: 0, newCommitted: 0, leftovers: 0, restores: 0 };

    for (let kill = 0; kill < KILLS; kill += 1) {
      await changeVault(kill);
      // A killed backup only ever read the vault: nothing of it is left there.
      expect((await listFiles(temp.vaultDir)).filter((path) => !VAULT_FILE.test(path))).toEqual([]);

      const child = new Child();
      child.go();
      await child.ready;
      expect(child.lines[0], child.describe()).toEqual({ ready: true });
      const delay = Math.random() * backupMs * 1.5;
      delays.push(delay);
      await sleep(delay);
      child.process.kill('SIGKILL');
      const end = await child.closed;
      await ageInstanceLock(temp.vaultDir);
      if (end.signal !== 'SIGKILL') expect(end.code, child.describe()).toBe(0);
      const done = child.done;
      if (process.env.BACKUP_CRASH_DEBUG)
        console.info(
          `kill ${kill}: ${Math.round(delay)} ms, done ${done !== undefined}, ${child.lines.length} lines, copied ${done?.copied}`,
        );
      if (!done) stats.duringBackup += 1;
      else backupMs = child.doneAt - child.readyAt;

      // The manifest on disk is whole, names only files that are there with the right bytes, and never goes back.
      const manifest = await readManifest(backupDir);
      expect(manifest, child.describe()).toBeDefined();
      await expect(verifyBackup(backupDir)).resolves.toMatchObject({ files: manifest!.files.length });
      expect(manifest!.createdAt >= committed).toBe(true);
      if (done) expect(manifest!.createdAt).toBe(done.manifest.createdAt);
      if (manifest!.createdAt !== committed) stats.newCommitted += 1;
      committed = manifest!.createdAt;
      if ((await filesInPacks(backupDir)).join() !== packsNamedBy(manifest!).join()) stats.leftovers += 1;

      if ((kill + 1) % RESTORE_EVERY === 0) {
        const into = join(temp.root, `restored-${kill}`);
        const report = await restoreBackup({ backupDir, intoDir: into, passphrase: TEST_PASSPHRASE });
        expect(report.files).toBe(manifest!.files.length);
        stats.restores += 1;
        await rm(into, { recursive: true, force: true });
      }
    }
    console.info(
      `backup-crash: ${KILLS} kills (full backup ${Math.round(first.ms)} ms, incremental ≈ ${Math.round(backupMs)} ms, ` +
        `kills ${Math.round(Math.min(...delays))}–${Math.round(Math.max(...delays))} ms after unlock); killed before the backup ended: ` +
        `${stats.duringBackup}; new backups committed: ${stats.newCommitted}; folders left with unreferenced ` +
        `packs or temp files: ${stats.leftovers}; full restores: ${stats.restores}`,
    );
    // Most kills landed inside a backup, where they test something.
    expect(stats.duringBackup).toBeGreaterThan(KILLS / 3);

    // After the storm: one complete backup, restored, is the vault exactly, with nothing left over in the folder.
    await changeVault(KILLS);
    const last = await completeBackup();
    // Nothing left over: exactly the packs the manifest names.
    const lastManifest = (await readManifest(backupDir))!;
    expect(lastManifest.createdAt).toBe(last.report.manifest.createdAt);
    expect(await filesInPacks(backupDir)).toEqual(packsNamedBy(lastManifest));
    const into = join(temp.root, 'restored-last');
    await restoreBackup({ backupDir, intoDir: into, passphrase: TEST_PASSPHRASE, newerVaultDir: temp.vaultDir });
    const restoredStudio = createStudio({ vaultDir: into, language: () => 'en' });
    await temp.reopen();
    try {
      await value(restoredStudio, 'vault.unlock', { passphrase: TEST_PASSPHRASE });
      expect(await contentsOf(restoredStudio)).toEqual(await contentsOf(temp.studio));
    } finally {
      await restoredStudio.close();
    }
  }, 300_000);
});
