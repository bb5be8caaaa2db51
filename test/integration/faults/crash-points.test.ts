// Every operation that changes the vault is killed (SIGKILL) at each of its disk calls in turn, not at random
// moments: a child (support/operation-child.ts) runs the operation once unkilled to count its N calls (opening a file
// for writing, writing, fsync, rename, removal, mkdir: test/support/kill-at-nth-write.mjs), then N times on fresh
// copies of the same prepared vault, killed right before call 1, 2, ..., N. After each kill a fresh studio unlocks the
// copy and finds: no damage (vault.check), every sealed file opening, nothing in clear on disk, any leftover temp file
// sealed, and the operation's effect either entirely there or entirely absent: what the studio shows is the state
// before the operation or the state after it. Like the other crash tests, a SIGKILL tests atomicity and ordering,
// not power loss (the page cache survives the process).
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cp, mkdir, mkdtemp, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStudio } from '../../../main/api/studio';
import { readManifest } from '../../../main/services/backup/backup-manifest';
import { verifyBackup } from '../../../main/services/backup/backup-verify';
import { SEAL_MAGIC } from '../../../main/services/vault/sealed-file';
import { SealedStore } from '../../../main/services/vault/sealed-store';
import {
  INSTANCE_LOCK,
  isLedgeredPath,
  isSealedVaultPath,
  PACKET_LEDGER_PATH,
  VAULT_DESCRIPTOR,
} from '../../../main/services/vault/vault-layout';
import { isAtomicWriteTemp } from '../../../main/platform/atomic-write';
import { PASSIE_KEYS, type ReplyBlocks } from '../../../shared/domain/passie';
import { richTextFromPlain } from '../../../shared/domain/rich-text';
import { mailWithAttachments } from '../../support/mail-with-attachments';
import { sealedAnswersToNewPacket, valueOf } from '../../support/packet-answers';
import { bundleScript } from '../vault/support/bundle-script';
import { listFiles } from '../vault/support/files';
import { OPERATIONS, type OperationInput, type OperationName } from './support/operations';

const PASSPHRASE = 'de zee is vandaag opvallend groen';
const NEW_PASSPHRASE = 'de vuurtoren knippert driemaal per nacht';
const CLIENT = 'Sanne de Boer';
const ANSWER = 'Op het strand bij Zandvoort, vroeg in de ochtend – daar ben ik veilig.';
const MAIL_ANSWER = 'Wat gaf je energie deze week? Het zeilen op de Kaag.';
const MARKER = 'Vuurtorenwachter Markering';
/** Text that is in the vault only sealed: found in clear in any file, it is a leak. */
const SECRETS = [CLIENT, ANSWER, MAIL_ANSWER, MARKER, 'Reactie p_open'];
const cheapKdf = () => ({ name: 'scrypt' as const, N: 2 ** 14, r: 8, p: 1, salt: randomBytes(16).toString('base64') });
const killer = join(import.meta.dirname, '../../support/kill-at-nth-write.mjs');
const childSource = join(import.meta.dirname, 'support/operation-child.ts');

/** Operations that make a PDF (the signed dossier, the recovery sheet): run through tsx, see beforeAll. */
const MAKES_PDF = new Set<OperationName>(['traject.close', 'vault.rotateKey']);

let root: string;
let pristine: string;
let bundled: string;
let input: Omit<OperationInput, 'backupDir'>;

const blocksSaying = (text: string) =>
  Object.fromEntries(PASSIE_KEYS.map((key) => [key, richTextFromPlain(`${text} ${key}.`)])) as ReplyBlocks;

/** The prepared vault every run copies: two clients, three trajects, a drafted and an open round, an old backup. */
async function prepare(caseDir: string): Promise<Omit<OperationInput, 'backupDir'>> {
  const vaultDir = join(caseDir, 'vault');
  const backupDir = join(caseDir, 'backup');
  await mkdir(backupDir, { recursive: true });
  const studio = createStudio({ vaultDir, language: () => 'en', newKdf: cheapKdf });
  try {
    await valueOf(studio, 'vault.create', { passphrase: PASSPHRASE });
    await valueOf(studio, 'settings.update', { coach: { name: 'Marieke Jansen', practice: '', email: '' } });
    await valueOf(studio, 'signing.create', {});
    const { id: clientId } = await valueOf<{ id: string }>(studio, 'client.add', {
      name: CLIENT,
      email: 'sanne.deboer@example.com',
    });
    const { id: trajectId } = await valueOf<{ id: string }>(studio, 'traject.add', { clientId, title: 'Loopbaan' });
    const round = (answer: string, traject = trajectId) =>
      valueOf<{ id: string }>(studio, 'round.add', {
        trajectId: traject,
        answers: [{ title: 'Vraag', content: richTextFromPlain(answer) }],
      });
    const drafted = await round(`${ANSWER} (1)`);
    await valueOf(studio, 'reply.saveDraft', {
      trajectId,
      roundId: drafted.id,
      blocks: blocksSaying('Reactie'),
    });
    const open = await round(`${ANSWER} (2)`);

    const { id: closingTrajectId } = await valueOf<{ id: string }>(studio, 'traject.add', { clientId, title: 'Rouw' });
    const closing = await round(`${ANSWER} (3)`, closingTrajectId);
    await valueOf(studio, 'reply.saveDraft', {
      trajectId: closingTrajectId,
      roundId: closing.id,
      blocks: blocksSaying('Reactie'),
    });
    await valueOf(studio, 'reply.send', { trajectId: closingTrajectId, roundId: closing.id });

    const { id: doomedClientId } = await valueOf<{ id: string }>(studio, 'client.add', { name: `${CLIENT} II` });
    const { id: doomedTraject } = await valueOf<{ id: string }>(studio, 'traject.add', {
      clientId: doomedClientId,
      title: 'Stress',
    });
    await round(`${ANSWER} (4)`, doomedTraject);

    // The client's sealed answers to a packet made for the traject, as their answer page saves them.
    const packetFile = join(root, 'antwoorden.passie');
    await writeFile(packetFile, await sealedAnswersToNewPacket(studio, vaultDir, trajectId, ANSWER), 'utf8');
    const mailFile = join(root, 'ronde.eml');
    await writeFile(
      mailFile,
      mailWithAttachments({
        subject: 'Ronde 3',
        messageId: 'ronde3-20250304@mail.example.com',
        date: 'Tue, 04 Mar 2025 23:41:07 +0100',
        text: MAIL_ANSWER,
        attachments: [1, 2].map((index) => ({
          name: `memo-${index}.m4a`,
          mediaType: 'audio/mp4',
          bytes: randomBytes(20_000),
        })),
      }),
    );

    // A backup from before the last change, so the one under test is incremental and has a previous one to keep.
    await valueOf(studio, 'backup.create', { folder: backupDir });
    await valueOf(studio, 'traject.addNote', { trajectId, content: richTextFromPlain('Na de back-up.') });
    return {
      marker: MARKER,
      clientId,
      trajectId,
      draftedRoundId: drafted.id,
      openRoundId: open.id,
      blocks: blocksSaying(MARKER),
      packetFile,
      mailFile,
      doomedClientId,
      closingTrajectId,
      newPassphrase: NEW_PASSPHRASE,
    };
  } finally {
    await studio.close();
  }
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'passie-crash-points-'));
  pristine = join(root, 'pristine');
  await mkdir(join(root, 'bundle'));
  // Bundled once, so each of the hundreds of children starts in a fraction of a second. pdfkit finds its fonts
  // beside its own files, which a bundle loses: it is left out, and the operations that make a PDF run from the
  // sources through tsx instead.
  bundled = await bundleScript(childSource, join(root, 'bundle'), ['pdfkit']);
  input = await prepare(pristine);
}, 120_000);

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

/** Runs `operation` in a child on the copy in `caseDir`, killed at its `killAt`th disk call (0: never). */
async function runChild(caseDir: string, operation: OperationName, killAt: number) {
  const inputFile = join(caseDir, 'input.json');
  await writeFile(inputFile, JSON.stringify({ ...input, backupDir: join(caseDir, 'backup') }));
  const script = MAKES_PDF.has(operation) ? ['--import', 'tsx', childSource] : [bundled];
  const running = spawn(
    process.execPath,
    ['--import', killer, ...script, join(caseDir, 'vault'), operation, inputFile],
    { env: { PATH: process.env.PATH, PASSIE_PASSPHRASE: PASSPHRASE, PASSIE_KILL_AT: String(killAt) } },
  );
  let stdout = '';
  let stderr = '';
  running.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  running.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const signal = await new Promise<NodeJS.Signals | null>((resolveRun) =>
    running.once('close', (_code, endSignal) => resolveRun(endSignal)),
  );
  const lines = stdout
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { done?: true; diskCalls?: number; error?: string; code?: string });
  return { signal, lines, stderr };
}

/** Replaces what differs between two runs of the same operation (new ids, moments, hashes) by what it is. */
function normalised(state: unknown, before: string): string {
  const seen = (match: string, kind: string) => (before.includes(match) ? match : kind);
  return (JSON.stringify(state) ?? 'none')
    .replace(/\b[a-z]{2}_[0-9a-z]{20}\b/g, (match) => seen(match, 'NEW_ID'))
    .replace(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z/g, (match) => seen(match, 'NEW_MOMENT'))
    .replace(/\b[0-9a-f]{64}\b/g, (match) => seen(match, 'NEW_HASH'));
}

interface Checked {
  /** What a coach can see of the vault, and what an operation changes beyond it. */
  state: Record<string, unknown>;
  /** The sealed files the ledger counts: compared apart from the state (see the test). */
  files: string[];
  tempFiles: number;
  recoveryKeyNeeded: boolean;
}

/**
 * Unlocks the vault in `caseDir` in a fresh studio and checks it whole; returns its state. The instance lock of a
 * killed child is aged first, so the studio takes it over as stale at once.
 */
async function checkCase(caseDir: string): Promise<Checked> {
  const vaultDir = join(caseDir, 'vault');
  const past = new Date(Date.now() - 60_000);
  await utimes(join(vaultDir, INSTANCE_LOCK), past, past).catch(() => undefined);
  const studio = createStudio({ vaultDir, language: () => 'en' });
  try {
    let passphrase = PASSPHRASE;
    if (!(await studio.dispatch('vault.unlock', { passphrase })).ok) {
      passphrase = NEW_PASSPHRASE;
      await valueOf(studio, 'vault.unlock', { passphrase });
    }
    const health = await valueOf<{ damage: unknown[]; recoveryKeyNeeded: boolean }>(studio, 'vault.check', {});
    expect(health.damage).toEqual([]);

    const files = await listFiles(vaultDir);
    const temps = files.filter((file) => isAtomicWriteTemp(file.split('/').at(-1)!));
    const store = new SealedStore(vaultDir, () => studio.vault.keyRing());
    for (const file of [...files, ...(await listFiles(join(caseDir, 'backup'))).map((name) => `../backup/${name}`)]) {
      const bytes = await readFile(join(vaultDir, file));
      for (const secret of SECRETS) expect(bytes.includes(secret), `${secret} in clear in ${file}`).toBe(false);
      if (file.startsWith('../') || file === VAULT_DESCRIPTOR || file.includes(INSTANCE_LOCK)) continue;
      // Every other file is sealed; a temp file left by a kill holds sealed bytes (or fewer), never text.
      expect(SEAL_MAGIC.subarray(0, bytes.length).equals(bytes.subarray(0, SEAL_MAGIC.length)), file).toBe(true);
      if (temps.includes(file)) continue;
      expect(isSealedVaultPath(file), `unknown file ${file}`).toBe(true);
      await expect(store.read(file), file).resolves.toBeInstanceOf(Buffer);
    }

    const { clients } = await valueOf<{ clients: unknown[] }>(studio, 'client.list', {});
    const { trajects } = await valueOf<{ trajects: { id: string; archivedAt?: string }[] }>(studio, 'traject.list', {});
    const dossiers = [];
    for (const { id, archivedAt } of trajects) {
      if (archivedAt) {
        dossiers.push(await valueOf(studio, 'archive.open', { id }));
        continue;
      }
      dossiers.push(await valueOf(studio, 'traject.show', { id }));
      expect(await valueOf(studio, 'traject.verify', { id })).toMatchObject({ ok: true });
    }
    const { archives } = await valueOf<{ archives: { id: string; size?: number }[] }>(studio, 'archive.list', {});
    for (const { id } of archives) expect(await valueOf(studio, 'archive.verify', { id })).toMatchObject({ ok: true });
    const received = await store.read(PACKET_LEDGER_PATH);
    const backupManifest = await readManifest(join(caseDir, 'backup'));
    if (backupManifest) await expect(verifyBackup(join(caseDir, 'backup'))).resolves.toBeDefined();
    const descriptor = JSON.parse(await readFile(join(vaultDir, VAULT_DESCRIPTOR), 'utf8')) as { keyEpoch: number };
    const state = {
      passphrase,
      keyEpoch: descriptor.keyEpoch,
      clients,
      trajects,
      dossiers,
      // An archive a resumed closing made holds its own signed PDF, whose size varies by a few bytes.
      archives: archives.map(({ size: _size, ...archive }: { size?: number }) => archive),
      received: received && JSON.parse(received.toString('utf8')),
      backup: backupManifest && { createdAt: backupManifest.createdAt, files: backupManifest.files.length },
    };

    // The vault takes a save after the crash, over whatever temp file it left.
    const { id } = trajects.find((traject) => traject.id === input.trajectId) ?? {};
    if (id) await valueOf(studio, 'traject.addNote', { trajectId: id, content: richTextFromPlain('Na de storm.') });
    return {
      state,
      files: files.filter((file) => isLedgeredPath(file)),
      tempFiles: temps.length,
      recoveryKeyNeeded: health.recoveryKeyNeeded,
    };
  } finally {
    await studio.close();
  }
}

const summary: string[] = [];

describe('every operation killed at each of its disk calls', () => {
  let before: Checked;
  beforeAll(async () => {
    const caseDir = join(root, 'before');
    await cp(pristine, caseDir, { recursive: true });
    before = await checkCase(caseDir);
    await rm(caseDir, { recursive: true, force: true });
  }, 60_000);

  afterAll(() => {
    console.info(`crash-points:\n${summary.join('\n')}`);
  });

  for (const operation of OPERATIONS) {
    it(`${operation}: the vault is whole, and the operation entirely done or not at all`, async () => {
      const beforeText = JSON.stringify(before.state);
      const full = join(root, `${operation}-full`);
      await cp(pristine, full, { recursive: true });
      const unkilled = await runChild(full, operation, 0);
      expect(unkilled.lines, unkilled.stderr).toEqual([{ done: true, diskCalls: expect.any(Number) }]);
      const points = unkilled.lines[0]!.diskCalls!;
      const after = await checkCase(full);
      await rm(full, { recursive: true, force: true });
      const states = { before: normalised(before.state, beforeText), after: normalised(after.state, beforeText) };
      expect(states.after, 'the operation changes what the vault holds').not.toBe(states.before);

      const outcomes = { before: 0, after: 0, filesBetween: 0, tempFiles: 0, recoveryKeyNeeded: 0 };
      const filesOf = (checked: Checked) => checked.files.map((file) => normalised(file, beforeText));
      const [filesBefore, filesAfter] = [filesOf(before), filesOf(after)];
      for (let killAt = 1; killAt <= points; killAt += 1) {
        const caseDir = join(root, `${operation}-${killAt}`);
        await cp(pristine, caseDir, { recursive: true });
        const run = await runChild(caseDir, operation, killAt);
        // A closing's last calls vary by one or two between runs (a resumed step); a run that made fewer calls than
        // the kill point finished instead, and must then be whole and done like any other.
        if (run.signal === 'SIGKILL') expect(run.lines, run.stderr).toEqual([]);
        else
          expect(run.lines, `${operation} not killed at disk call ${killAt}: ${run.stderr}`).toEqual([
            { done: true, diskCalls: expect.any(Number) },
          ]);
        const found = await checkCase(caseDir).catch((error: Error) => {
          error.message = `${operation} killed at disk call ${killAt} of ${points}: ${error.message}`;
          throw error;
        });
        const state = normalised(found.state, beforeText);
        if (state === states.before) outcomes.before += 1;
        else if (state === states.after) outcomes.after += 1;
        else {
          // Named part by part, so a failure says what is half-way.
          const parts = (checked: Checked) =>
            Object.fromEntries(Object.entries(checked.state).map(([key, part]) => [key, normalised(part, beforeText)]));
          const [now, then, was] = [parts(found), parts(after), parts(before)];
          const halfway = Object.keys(now).filter((key) => now[key] !== then[key] && now[key] !== was[key]);
          expect(
            Object.fromEntries(
              Object.keys(now).map((key) => [
                key,
                now[key] === was[key] ? 'before' : now[key] === then[key] ? 'after' : now[key],
              ]),
            ),
            `${operation} killed at disk call ${killAt}: neither before nor after (${halfway.join(', ')})`,
          ).toEqual(Object.fromEntries(Object.keys(now).map((key) => [key, then[key]])));
        }
        // The files may be part-way: a kill can leave a sealed file the state does not use yet (an attachment
        // stored before its round, which the kill then kept out) or not write one it will make on first use (a new
        // traject's dossier, started on first open). Never one that is neither the operation's nor the vault's.
        const files = filesOf(found);
        for (const file of files) expect([...filesBefore, ...filesAfter], `${operation} at ${killAt}`).toContain(file);
        for (const file of filesBefore.filter((kept) => filesAfter.includes(kept))) {
          expect(files, `${operation} at ${killAt}: a file it keeps`).toContain(file);
        }
        if (files.join() !== (state === states.before ? filesBefore : filesAfter).join()) outcomes.filesBetween += 1;
        if (found.tempFiles > 0) outcomes.tempFiles += 1;
        if (found.recoveryKeyNeeded) outcomes.recoveryKeyNeeded += 1;
        await rm(caseDir, { recursive: true, force: true });
      }
      summary.push(
        `  ${operation}: ${points} disk calls, each killed: ${outcomes.before} left it undone, ${outcomes.after} done` +
          ` (files part-way after ${outcomes.filesBetween}; temp files left after ${outcomes.tempFiles}; a new recovery key asked for after ${outcomes.recoveryKeyNeeded})`,
      );
      // A kill before the first call leaves the vault as it was; the operation's last call is after its effect.
      expect(outcomes.before).toBeGreaterThan(0);
    }, 900_000);
  }
});
