// Importing an answer packet is killed (SIGKILL) at every disk call the commit makes, one run per call: before the
// first write, between each write, fsync, rename and removal, and after the last. After each kill a fresh studio
// unlocks the vault and finds the client's answers and the receipt both there (a re-import is refused as imported
// before) or neither (a re-import goes in, once): never refused as imported while the answers are missing.
// Like the vault's crash test, a SIGKILL tests atomicity and ordering, not power loss.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cp, mkdir, mkdtemp, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStudio, type Studio } from '../../../main/api/studio';
import { INSTANCE_LOCK } from '../../../main/services/vault/vault-layout';
import type { DossierView } from '../../../shared/domain/dossier';
import { acceptedRound, type ImportFileResult } from '../../../shared/domain/import';
import { plainTextOf } from '../../../shared/domain/rich-text';
import { sealedAnswersToNewPacket, valueOf } from '../../support/packet-answers';
import { bundleScript } from '../vault/support/bundle-script';

const PASSPHRASE = 'de zee is vandaag opvallend groen';
const ANSWER = 'Op het strand bij Zandvoort, vroeg in de ochtend – daar ben ik veilig.';
const cheapKdf = () => ({ name: 'scrypt' as const, N: 2 ** 14, r: 8, p: 1, salt: randomBytes(16).toString('base64') });
const killer = join(import.meta.dirname, '../../support/kill-at-nth-write.mjs');

let root: string;
let pristine: string;
let passieFile: string;
let trajectId: string;
let child: string;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'passie-packet-crash-'));
  pristine = join(root, 'pristine');
  passieFile = join(root, 'antwoorden.passie');
  await mkdir(join(root, 'bundle'));
  // Bundled once, so each of the few dozen children starts in a fraction of a second. Libraries a packet import
  // never calls (the PDF, Word, e-mail and HTML readers, the passphrase rater) are left out; they throw if called.
  child = await bundleScript(join(import.meta.dirname, 'support/import-child.ts'), join(root, 'bundle'), [
    'pdfkit',
    '@zxcvbn-ts/core',
    '@zxcvbn-ts/language-common',
    '@zxcvbn-ts/language-en',
    '@zxcvbn-ts/language-nl-be',
    'mammoth',
    'mailparser',
    'jsdom',
  ]);
  // A vault with a traject and a packet made for it, and the client's sealed answers to that packet.
  const studio = createStudio({ vaultDir: pristine, language: () => 'en', newKdf: cheapKdf });
  try {
    await valueOf(studio, 'vault.create', { passphrase: PASSPHRASE });
    const { id: clientId } = await valueOf<{ id: string }>(studio, 'client.add', { name: 'Crash Test' });
    trajectId = (await valueOf<{ id: string }>(studio, 'traject.add', { clientId, title: 'Loopbaan' })).id;
    const sealed = await sealedAnswersToNewPacket(studio, pristine, trajectId, ANSWER);
    await writeFile(passieFile, sealed, 'utf8');
  } finally {
    await studio.close();
  }
}, 60_000);

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

/** Runs the importing child on `vaultDir`, killed at its `killAt`th disk call; resolves its lines and its end. */
function importChild(vaultDir: string, killAt: number) {
  const running = spawn(process.execPath, ['--import', killer, child, vaultDir, trajectId, passieFile], {
    env: { PATH: process.env.PATH, PASSIE_PASSPHRASE: PASSPHRASE, PASSIE_KILL_AT: String(killAt) },
  });
  let stdout = '';
  let stderr = '';
  running.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  running.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  return new Promise<{
    signal: NodeJS.Signals | null;
    code: number | null;
    lines: Record<string, unknown>[];
    stderr: string;
  }>((resolveRun) =>
    running.once('close', (code, signal) =>
      resolveRun({
        code,
        signal,
        stderr,
        lines: stdout
          .split('\n')
          .filter(Boolean)
          .map((line) => JSON.parse(line) as Record<string, unknown>),
      }),
    ),
  );
}

/** The answers' rounds in the traject, as a freshly unlocked studio (after the crash) shows them. */
const packetRounds = async (studio: Studio) =>
  (await valueOf<DossierView>(studio, 'traject.show', { id: trajectId })).rounds.filter(
    (round) => round.source === 'packet',
  );

async function importAgain(studio: Studio): Promise<ImportFileResult> {
  const base64 = (await readFile(passieFile)).toString('base64');
  const { results } = await valueOf<{ results: ImportFileResult[] }>(studio, 'import.preview', {
    trajectId,
    files: [{ name: 'antwoorden.passie', base64 }],
  });
  return results[0]!;
}

describe('importing an answer packet under SIGKILL', () => {
  it('leaves the answers and their receipt both, or neither, whatever disk call the kill lands on', async () => {
    const outcomes = { both: 0, neither: 0 };
    let total: number | undefined;
    for (let killAt = 1; total === undefined; killAt += 1) {
      const vaultDir = join(root, `kill-${killAt}`);
      await cp(pristine, vaultDir, { recursive: true });
      const run = await importChild(vaultDir, killAt);
      if (run.signal !== 'SIGKILL') {
        // Lived through it: every disk call of the commit has had its kill.
        expect(run.lines, run.stderr).toEqual([{ committed: true, diskCalls: killAt - 1 }]);
        total = killAt - 1;
      }
      expect(
        run.lines.some((line) => 'error' in line || 'refused' in line),
        JSON.stringify(run.lines),
      ).toBe(false);

      // A killed studio's instance lock is stale: aged so the next studio takes it over at once.
      const past = new Date(Date.now() - 60_000);
      await utimes(join(vaultDir, INSTANCE_LOCK), past, past).catch(() => undefined);
      const studio = createStudio({ vaultDir, language: () => 'en' });
      try {
        await valueOf(studio, 'vault.unlock', { passphrase: PASSPHRASE });
        const rounds = await packetRounds(studio);
        const again = await importAgain(studio);
        if (rounds.length > 0) {
          outcomes.both += 1;
          expect(rounds.map((round) => round.answers.map((answer) => plainTextOf(answer.content)))).toEqual([[ANSWER]]);
          expect(again, `kill at disk call ${killAt}`).toMatchObject({
            ok: false,
            error: { code: 'import_packet_replayed' },
          });
        } else {
          outcomes.neither += 1;
          expect(again.ok, `kill at disk call ${killAt}: refused, yet the answers are missing`).toBe(true);
          if (!again.ok) continue;
          await valueOf(studio, 'import.commit', { trajectId, rounds: [acceptedRound(again.preview)] });
          expect(await packetRounds(studio)).toHaveLength(1);
          expect(await importAgain(studio)).toMatchObject({ ok: false, error: { code: 'import_packet_replayed' } });
        }
      } finally {
        await studio.close();
        await rm(vaultDir, { recursive: true, force: true });
      }
    }
    // Both outcomes happened: kills before the round was stored, and after.
    expect(outcomes.neither).toBeGreaterThan(0);
    expect(outcomes.both).toBeGreaterThan(0);
    console.info(
      `packet-import-crash: ${total} disk calls in a commit, each killed: ${outcomes.neither} left neither, ` +
        `${outcomes.both} left both (the last run was not killed)`,
    );
  }, 600_000);
});
