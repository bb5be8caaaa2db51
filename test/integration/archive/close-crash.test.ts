// Closing a traject is killed (SIGKILL) at random moments; afterwards, once the vault is unlocked again (which
// finishes or drops an interrupted closing), the traject is either still active and whole, or archived and
// verifiable: never lost, never in its folder and its archive at once, never closed and left half-way.
// CLOSE_KILLS raises the number of kills. Like the vault's crash test, a SIGKILL tests atomicity, not power loss.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, stat, utimes } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStudio, type Studio } from '../../../main/api/studio';
import type { DossierView } from '../../../shared/domain/dossier';
import { PASSIE_KEYS, type ReplyBlocks } from '../../../shared/domain/passie';
import { richTextFromPlain } from '../../../shared/domain/rich-text';
import type { TrajectSummary } from '../../../shared/domain/traject';
import { INSTANCE_LOCK } from '../../../main/services/vault/vault-layout';

const KILLS = Number(process.env.CLOSE_KILLS ?? 20);
const PASSPHRASE = 'de zee is vandaag opvallend groen';
const cheapKdf = () => ({ name: 'scrypt' as const, N: 2 ** 14, r: 8, p: 1, salt: randomBytes(16).toString('base64') });

let root: string;
let vaultDir: string;
let script: string;
const living = new Set<ChildProcessWithoutNullStreams>();

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'passie-close-crash-'));
  vaultDir = join(root, 'vault');
  // Run through tsx rather than bundled: pdfkit finds its fonts beside its own files, which a bundle loses.
  script = join(import.meta.dirname, 'support/close-child.ts');
}, 60_000);

afterAll(async () => {
  for (const child of living) child.kill('SIGKILL');
  await rm(root, { recursive: true, force: true });
});

async function value<T>(studio: Studio, method: string, request: unknown): Promise<T> {
  const result = await studio.dispatch(method, request);
  if (!result.ok) throw new Error(`${method} failed: ${result.error.code}`);
  return result.value as T;
}

/** A killed studio's instance lock is stale: aged so the next studio takes it over at once. */
async function ageInstanceLock(): Promise<void> {
  const past = new Date(Date.now() - 60_000);
  await utimes(join(vaultDir, INSTANCE_LOCK), past, past).catch(() => undefined);
}

async function withStudio<T>(work: (studio: Studio) => Promise<T>): Promise<T> {
  await ageInstanceLock();
  const studio = createStudio({ vaultDir, language: () => 'en' });
  try {
    await value(studio, 'vault.unlock', { passphrase: PASSPHRASE });
    return await work(studio);
  } finally {
    await studio.close();
  }
}

const exists = (path: string) =>
  stat(path).then(
    () => true,
    () => false,
  );
const sleep = (ms: number) => new Promise<void>((resolveSleep) => setTimeout(resolveSleep, ms));

/** Starts a child closing `trajectId`; resolves its lines as they come. */
function closeChild(trajectId: string) {
  const child = spawn(process.execPath, ['--import', 'tsx', script, vaultDir, trajectId], {
    env: { PATH: process.env.PATH, PASSIE_PASSPHRASE: PASSPHRASE },
  });
  living.add(child);
  const lines: Record<string, unknown>[] = [];
  let pending = '';
  let stderr = '';
  const listeners: (() => void)[] = [];
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (chunk: string) => {
    const parts = (pending + chunk).split('\n');
    pending = parts.pop() ?? '';
    for (const part of parts) lines.push(JSON.parse(part) as Record<string, unknown>);
    for (const listener of listeners.splice(0)) listener();
  });
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk: string) => (stderr += chunk));
  const closed = new Promise<void>((resolveClose) =>
    child.once('close', () => {
      living.delete(child);
      for (const listener of listeners.splice(0)) listener();
      resolveClose();
    }),
  );
  const linesPrinted = async (count: number) => {
    while (lines.length < count && child.exitCode === null && child.signalCode === null) {
      await new Promise<void>((resolveLine) => listeners.push(resolveLine));
    }
  };
  return { child, lines, closed, linesPrinted, stderr: () => stderr };
}

describe('closing a traject under SIGKILL', () => {
  it(`leaves every traject active and whole, or archived and verifiable, after ${KILLS} kills`, async () => {
    // One vault, one traject per kill (plus one to time a whole closing), each with a round and a sent reply.
    const creator = createStudio({ vaultDir, language: () => 'en', newKdf: cheapKdf });
    const ids: string[] = [];
    const before = new Map<string, DossierView>();
    try {
      await value(creator, 'vault.create', { passphrase: PASSPHRASE });
      await value(creator, 'settings.update', { coach: { name: 'Marieke Jansen', practice: '', email: '' } });
      await value(creator, 'signing.create', {});
      const { id: clientId } = await value<{ id: string }>(creator, 'client.add', { name: 'Crash Test' });
      const blocks = Object.fromEntries(
        PASSIE_KEYS.map((key) => [key, richTextFromPlain(`Reactie ${key}.`)]),
      ) as ReplyBlocks;
      for (let index = 0; index <= KILLS; index += 1) {
        const { id } = await value<{ id: string }>(creator, 'traject.add', { clientId, title: `Traject ${index}` });
        const round = await value<{ id: string }>(creator, 'round.add', {
          trajectId: id,
          answers: [{ title: 'Vraag', content: richTextFromPlain(`Antwoord ${index} – één, twee.`) }],
        });
        await value(creator, 'reply.saveDraft', { trajectId: id, roundId: round.id, blocks });
        await value(creator, 'reply.send', { trajectId: id, roundId: round.id });
        before.set(id, await value<DossierView>(creator, 'traject.show', { id }));
        ids.push(id);
      }
    } finally {
      await creator.close();
    }

    // A closing left to finish: how long one takes, so the kills below land anywhere inside one.
    const timing = closeChild(ids[0]!);
    timing.child.stdin.write('go\n');
    await timing.linesPrinted(1);
    const started = performance.now();
    await timing.linesPrinted(2);
    const duration = performance.now() - started;
    expect(timing.lines[1], timing.stderr()).toEqual({ closed: true });
    timing.child.kill('SIGKILL');
    await timing.closed;

    const outcomes = { active: 0, archived: 0, reportedClosed: 0 };
    for (const id of ids.slice(1)) {
      await ageInstanceLock();
      const run = closeChild(id);
      run.child.stdin.write('go\n');
      await run.linesPrinted(1);
      expect(run.lines[0], run.stderr()).toEqual({ ready: true });
      // Every other kill early (around the first writes: the pending closing, trajectClosed, the index), the
      // rest anywhere in a whole closing (the PDF, the archive, its check, the folder's removal).
      await sleep(ids.indexOf(id) % 2 === 0 ? Math.random() * 40 : Math.random() * duration * 1.1);
      run.child.kill('SIGKILL');
      await run.closed;
      const reportedClosed = run.lines.some((line) => line.closed === true);
      if (reportedClosed) outcomes.reportedClosed += 1;
      expect(
        run.lines.some((line) => 'error' in line),
        JSON.stringify(run.lines),
      ).toBe(false);

      await withStudio(async (studio) => {
        const summary = (await value<{ trajects: TrajectSummary[] }>(studio, 'traject.list', {})).trajects.find(
          (traject) => traject.id === id,
        );
        expect(summary, `traject ${id}`).toBeDefined();
        const folder = await exists(join(vaultDir, 'trajects', id));
        const archive = await exists(join(vaultDir, 'archive', `${id}.passie-archive`));
        if (summary!.archivedAt) {
          outcomes.archived += 1;
          expect(folder, 'an archived traject has no folder').toBe(false);
          expect(await value(studio, 'archive.verify', { id })).toMatchObject({ ok: true });
          const opened = await value<DossierView>(studio, 'archive.open', { id });
          expect(opened.rounds).toEqual(before.get(id)!.rounds);
        } else {
          outcomes.active += 1;
          expect(reportedClosed, 'a closing reported done is never undone').toBe(false);
          expect(summary!.status).toBe('active');
          expect(archive, 'an active traject has no archive').toBe(false);
          const shown = await value<DossierView>(studio, 'traject.show', { id });
          expect(shown).toEqual(before.get(id));
        }
      });
    }
    // Every earlier archive is still whole after all the kills.
    await withStudio(async (studio) => {
      const { archives } = await value<{ archives: { id: string }[] }>(studio, 'archive.list', {});
      for (const archive of archives) {
        expect(await value(studio, 'archive.verify', { id: archive.id })).toMatchObject({ ok: true });
      }
      expect(archives.length).toBe(outcomes.archived + 1);
    });
    console.info(
      `close-crash: ${KILLS} kills (a closing takes ~${Math.round(duration)} ms): ${outcomes.active} left active, ` +
        `${outcomes.archived} archived (${outcomes.reportedClosed} of them reported done before the kill)`,
    );
  }, 600_000);
});
