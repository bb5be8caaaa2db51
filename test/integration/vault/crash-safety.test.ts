// A crash at any instant leaves every vault file in its old or its new version, and nothing a studio reported as done
// is lost (ARCHITECTURE.md, Crash safety). Child processes run a real studio on a real vault (support/crash-child.ts)
// and are SIGKILLed at random moments, hundreds of times; after every few kills the parent reopens the vault and checks
// everything the children reported. CRASH_KILLS raises the number of kills for a longer run. A SIGKILL tests atomicity
// against a dying process; it cannot test durability against power loss (the page cache survives).
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cp, mkdir, mkdtemp, readFile, rm, truncate, utimes } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStudio, type Studio } from '../../../main/api/studio';
import { SEAL_MAGIC } from '../../../main/services/vault/sealed-file';
import { SealedStore } from '../../../main/services/vault/sealed-store';
import type { ApiResult } from '../../../shared/api/errors';
import type { DossierView, TrajectVerification } from '../../../shared/domain/dossier';
import { emptyReplyBlocks } from '../../../shared/domain/passie';
import { plainTextOf, richTextFromPlain } from '../../../shared/domain/rich-text';
import type { TrajectSummary } from '../../../shared/domain/traject';
import { bundleScript } from './support/bundle-script';
import { revisionOf, type ChildLine } from './support/crash-protocol';
import { listFiles } from './support/files';
import { INSTANCE_LOCK } from '../../../main/services/vault/vault-layout';
import type { AppStatus } from '../../../shared/domain/app-status';

const KILLS = Number(process.env.CRASH_KILLS ?? 200);
/**
 * Independent vaults, each with its own chain of children: a child spends much of its life waiting for fsync, so
 * several chains keep both cores busy, and each vault stays small enough for the next child to open fast.
 */
const STREAMS = 4;
/** Each stream reopens its vault after every this many kills, and after its last. */
const CHECK_EVERY = 10;
const PASSPHRASE = 'de zee is vandaag opvallend groen';
/** The KDF is not what is tested here: the cheapest parameters the vault accepts keep each child's unlock short. */
const cheapKdf = () => ({ name: 'scrypt' as const, N: 2 ** 14, r: 8, p: 1, salt: randomBytes(16).toString('base64') });

let root: string;
let script: string;
const living = new Set<ChildProcessWithoutNullStreams>();
let stopping = false;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'passie-crash-'));
  await mkdir(join(root, 'bundle'));
  // Bundled once per run, so each of the hundreds of children starts in a few hundred milliseconds. The child
  // never creates a vault, prints a recovery sheet or rates a passphrase: those libraries are left out (they
  // throw if called) because loading them would more than double every child's start.
  script = await bundleScript(join(import.meta.dirname, 'support/crash-child.ts'), join(root, 'bundle'), [
    'pdfkit',
    '@zxcvbn-ts/core',
    '@zxcvbn-ts/language-common',
    '@zxcvbn-ts/language-en',
    '@zxcvbn-ts/language-nl-be',
  ]);
}, 60_000);

afterAll(async () => {
  for (const child of living) child.kill('SIGKILL');
  await rm(root, { recursive: true, force: true });
});

async function call(studio: Studio, method: string, request: unknown): Promise<ApiResult<unknown>> {
  return studio.dispatch(method, request);
}

async function value<T>(studio: Studio, method: string, request: unknown): Promise<T> {
  const result = await call(studio, method, request);
  if (!result.ok) throw new Error(`${method} failed: ${result.error.code}`);
  return result.value as T;
}

/** Makes a dead studio's instance lock look 60 s old, so the next studio takes it over as stale. */
async function ageInstanceLock(vaultDir: string): Promise<void> {
  const past = new Date(Date.now() - 60_000);
  try {
    await utimes(join(vaultDir, INSTANCE_LOCK), past, past);
  } catch (error) {
    // A child killed before it unlocked never took the lock.
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}

const sleep = (ms: number) => new Promise<void>((resolveSleep) => setTimeout(resolveSleep, ms));

/** A running crash-child: its complete stdout lines, and promises for its readiness and its end. */
class Child {
  readonly process: ChildProcessWithoutNullStreams;
  readonly lines: ChildLine[] = [];
  stderr = '';
  private pending = '';
  private readonly waiters: { count: number; resolve: () => void }[] = [];
  readonly closed: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;

  constructor(
    vaultDir: string,
    readonly number: number,
  ) {
    this.process = spawn(process.execPath, [script, vaultDir, String(number)], {
      env: { PATH: process.env.PATH, PASSIE_PASSPHRASE: PASSPHRASE },
    });
    living.add(this.process);
    this.process.stdout.setEncoding('utf8');
    this.process.stdout.on('data', (chunk: string) => {
      // Only complete lines count: a line is printed after its operation resolved, in one pipe write.
      const parts = (this.pending + chunk).split('\n');
      this.pending = parts.pop() ?? '';
      for (const part of parts) this.lines.push(JSON.parse(part) as ChildLine);
      this.wake();
    });
    this.process.stderr.setEncoding('utf8');
    this.process.stderr.on('data', (chunk: string) => (this.stderr += chunk));
    this.closed = new Promise((resolveClose) =>
      this.process.once('close', (code, signal) => {
        living.delete(this.process);
        this.wake(true);
        resolveClose({ code, signal });
      }),
    );
  }

  /** Lets the child unlock the vault: only once no other studio holds it. */
  go(): void {
    this.process.stdin.write('go\n');
  }

  /** Resolves once `count` lines were printed, or the child ended. */
  linesPrinted(count: number): Promise<void> {
    if (this.lines.length >= count || this.process.exitCode !== null || this.process.signalCode !== null) {
      return Promise.resolve();
    }
    return new Promise((resolveLines) => this.waiters.push({ count, resolve: resolveLines }));
  }

  private wake(all = false): void {
    for (const waiter of [...this.waiters]) {
      if (all || this.lines.length >= waiter.count) {
        this.waiters.splice(this.waiters.indexOf(waiter), 1);
        waiter.resolve();
      }
    }
  }

  describe(): string {
    return `child ${this.number}: ${this.lines.map((line) => JSON.stringify(line)).join('\n')}\n${this.stderr}`;
  }
}

// .studio.lock.owner: who held the instance lock when the kill came (the next start takes over from a dead holder).
const VAULT_FILE =
  /^(vault\.json|\.studio\.lock\.owner|ledger\.psv|index\.psv|catalogue\.psv|settings\.psv|audit\.psv|trajects\/tr_[0-9a-z]{20}\/dossier\.psv)$/;
const TEMP_FILE = /(^|\/)\.[^/]+\.[0-9a-f]{12}\.tmp$/;

/** One vault and the chain of children that work on it, one at a time, each killed at a random moment. */
class CrashStream {
  /** What the children reported as done: all of it must be in the vault after any crash. */
  readonly reported = {
    trajects: new Set<string>(),
    rounds: new Map<string, { traject: string; child: number; step: number }>(),
    drafts: new Map<string, { traject: string; rev: number }>(),
    sent: new Map<string, { traject: string; rev: number }>(),
  };
  readonly stats = {
    checks: 0,
    checkMs: 0,
    tempFiles: 0,
    orphanDossiers: 0,
    staleSummaries: new Set<string>(),
    roundsBehind: 0,
    linesBeforeKill: [] as number[],
  };

  constructor(readonly name: string) {}

  get vaultDir(): string {
    return join(root, this.name);
  }

  async create(): Promise<void> {
    const studio = createStudio({ vaultDir: this.vaultDir, language: () => 'en', newKdf: cheapKdf });
    try {
      await value(studio, 'vault.create', { passphrase: PASSPHRASE });
      const client = await value<{ id: string }>(studio, 'client.add', {
        name: 'Crash Test',
        email: 'crash@example.com',
      });
      await value(studio, 'traject.add', { clientId: client.id, title: 'Traject 0' });
    } finally {
      await studio.close();
    }
  }

  async run(kills: number): Promise<void> {
    let touched = new Set<string>();
    let next = new Child(this.vaultDir, 0);
    try {
      for (let kill = 0; kill < kills && !stopping; kill += 1) {
        const child = next;
        child.go();
        // The next child loads while this one works; it waits for its own `go` before touching the vault.
        next = new Child(this.vaultDir, kill + 1);
        await Promise.race([child.linesPrinted(1), child.closed]);
        expect(child.lines[0], child.describe()).toEqual({ ready: true });

        // Half the kills at a random time after the child's first completed operation, half just after its n-th
        // (0 to 5, plus 0 to 4 ms): both land inside writes, since the child does little but write.
        if (Math.random() < 0.5) {
          await Promise.race([child.linesPrinted(2), sleep(2_000)]);
          await sleep(Math.random() * 120);
        } else {
          await Promise.race([child.linesPrinted(1 + Math.floor(Math.random() * 6)), sleep(2_000)]);
          if (Math.random() < 0.5) await sleep(Math.random() * 4);
        }
        child.process.kill('SIGKILL');
        const end = await child.closed;
        if (end.signal !== 'SIGKILL') {
          // An API call failed in the child (it prints the method and the error code and exits).
          throw new Error(`${this.name}: child ended by itself (exit code ${end.code}):\n${child.describe()}`);
        }
        this.stats.linesBeforeKill.push(child.lines.length - 1);
        this.record(child);
        for (const line of child.lines) if ('traject' in line) touched.add(line.traject);

        // The killed studio's instance lock stays behind and goes stale only 15 s after its last refresh. The
        // child is dead (its 'close' event has fired), so the lock is aged by a minute instead of waiting: the next
        // studio then takes it over through the real stale-lock path (as in vault-service.test.ts).
        await ageInstanceLock(this.vaultDir);

        if ((kill + 1) % CHECK_EVERY === 0 || kill === kills - 1) {
          await this.check(kill === kills - 1 ? undefined : touched);
          touched = new Set();
        }
      }
    } catch (error) {
      stopping = true; // the other streams stop too, so the test ends with this error instead of running on
      throw error;
    } finally {
      next.process.kill('SIGKILL');
      await next.closed;
    }
  }

  private record(child: Child): void {
    for (const line of child.lines) {
      if ('error' in line) throw new Error(`${this.name}: an API call failed in the child:\n${child.describe()}`);
      if ('round' in line) {
        this.reported.rounds.set(line.round, { traject: line.traject, child: line.child, step: line.step });
      } else if ('sent' in line) this.reported.sent.set(line.sent, { traject: line.traject, rev: line.rev });
      else if ('draft' in line) this.reported.drafts.set(line.draft, { traject: line.traject, rev: line.rev });
      else if ('traject' in line) this.reported.trajects.add(line.traject);
    }
  }

  /** Reopens the vault in this process and checks every file, and everything reported (in `onlyTrajects`). */
  async check(onlyTrajects?: Set<string>): Promise<void> {
    this.stats.checks += 1;
    const started = performance.now();
    const studio = createStudio({ vaultDir: this.vaultDir, language: () => 'en' });
    try {
      await value(studio, 'vault.unlock', { passphrase: PASSPHRASE });
      // The ledger's rules hold under kills: a write or deletion cut short is taken in or finished, never damage.
      expect((await value<AppStatus>(studio, 'app.status', {})).health?.damage).toEqual([]);

      // Every sealed file opens: none is torn. A temp file left by a kill holds sealed bytes (or fewer), never text.
      const files = await listFiles(this.vaultDir);
      const temps = files.filter((file) => TEMP_FILE.test(file));
      this.stats.tempFiles = temps.length;
      expect(files.filter((file) => !TEMP_FILE.test(file) && !VAULT_FILE.test(file))).toEqual([]);
      for (const temp of temps) {
        const bytes = await readFile(join(this.vaultDir, temp));
        expect(SEAL_MAGIC.subarray(0, bytes.length).equals(bytes.subarray(0, SEAL_MAGIC.length)), temp).toBe(true);
      }
      const store = new SealedStore(this.vaultDir, () => studio.vault.key());
      for (const file of files.filter((name) => name.endsWith('.psv') && !TEMP_FILE.test(name))) {
        await expect(store.read(file), file).resolves.toBeInstanceOf(Buffer);
      }

      const { trajects } = await value<{ trajects: TrajectSummary[] }>(studio, 'traject.list', {});
      const known = new Set(trajects.map((traject) => traject.id));
      for (const id of this.reported.trajects) expect(known.has(id), `reported traject ${id}`).toBe(true);
      // A kill between writing a new dossier and the index leaves a dossier no traject points to: counted.
      this.stats.orphanDossiers = files.filter(
        (file) => file.startsWith('trajects/') && !TEMP_FILE.test(file) && !known.has(file.split('/')[1]!),
      ).length;

      for (const summary of trajects) {
        if (onlyTrajects && !onlyTrajects.has(summary.id)) continue;
        const shown = await call(studio, 'traject.show', { id: summary.id });
        expect(shown, `traject.show ${summary.id}`).toMatchObject({ ok: true });
        const view = (shown as { value: DossierView }).value;
        const verification = await value<TrajectVerification>(studio, 'traject.verify', { id: summary.id });
        expect(verification).toMatchObject({
          ok: true,
          chain: { ok: true, events: view.chain.events, head: view.chain.head },
        });
        await this.checkTraject(studio, summary, view);
      }
    } finally {
      await studio.close();
      this.stats.checkMs += performance.now() - started;
    }
  }

  private async checkTraject(studio: Studio, summary: TrajectSummary, view: DossierView): Promise<void> {
    const same = (a: string[], b: string[]) => a.length === b.length && a.every((id) => b.includes(id));
    const rounds = new Map(view.rounds.map((round) => [round.id, round]));
    for (const [id, round] of this.reported.rounds) {
      if (round.traject !== summary.id) continue;
      const stored = rounds.get(id);
      expect(stored, `round ${id} reported by child ${round.child}`).toBeDefined();
      expect(plainTextOf(stored!.answers[0]!.content)).toContain(`answer of child ${round.child} step ${round.step}\n`);
    }
    for (const [id, sent] of this.reported.sent) {
      if (sent.traject !== summary.id) continue;
      const stored = rounds.get(id);
      expect(stored?.reply, `sent reply of round ${id}`).toBeDefined();
      expect(revisionOf(plainTextOf(stored!.reply!.blocks.p_close))).toBe(sent.rev);
      expect(stored!.draft).toBeUndefined();
      // Locked: a sent reply can never change again.
      const edit = await call(studio, 'reply.saveDraft', {
        trajectId: summary.id,
        roundId: id,
        blocks: emptyReplyBlocks(),
      });
      expect(edit).toMatchObject({ ok: false, error: { code: 'reply_already_sent' } });
    }
    for (const [id, draft] of this.reported.drafts) {
      if (draft.traject !== summary.id || this.reported.sent.has(id)) continue;
      const stored = rounds.get(id)!;
      // A resolved save is durable: the stored draft is that one or a later one (or it was sent since).
      const blocks = stored.reply?.blocks ?? stored.draft?.blocks;
      expect(blocks, `draft of round ${id}`).toBeDefined();
      expect(revisionOf(plainTextOf(blocks!.p_open))).toBeGreaterThanOrEqual(draft.rev);
    }
    // The index summarises the dossiers and is written after them, so a kill in between leaves it behind; and as
    // each later save of that traject rewrites the summary from the whole dossier, it is always the summary of
    // some earlier state: the first n rounds, each with the replies it had then. (The children send a round's
    // reply before they add the next round, so replies other than round n's were already there or never come.)
    const unanswered = view.rounds.filter((round) => !round.reply).map((round) => round.id);
    const awaiting = summary.awaiting.map((entry) => entry.roundId);
    const current = summary.rounds === view.rounds.length && same(awaiting, unanswered);
    const n = summary.rounds;
    const earlier = view.rounds.slice(0, n);
    const newest = earlier.at(-1);
    const settled = earlier
      .slice(0, -1)
      .filter((round) => !round.reply)
      .map((round) => round.id);
    const consistent =
      n <= view.rounds.length &&
      (newest === undefined
        ? awaiting.length === 0
        : same(awaiting, [...settled, newest.id]) || (newest.reply !== undefined && same(awaiting, settled)));
    if (!current) this.stats.staleSummaries.add(summary.id);
    this.stats.roundsBehind = Math.max(this.stats.roundsBehind, view.rounds.length - n);
    const seen = `index: ${summary.rounds} rounds, awaiting ${awaiting.join(' ')}; dossier: ${view.rounds
      .map((round) => `${round.id}${round.reply ? '+reply' : ''}`)
      .join(' ')}`;
    expect(consistent, `index summary of ${summary.id}: ${seen}`).toBe(true);
  }

  /** After all kills: the leftover temp files do not stop the studio from saving. */
  async writeOnceMore(): Promise<void> {
    const studio = createStudio({ vaultDir: this.vaultDir, language: () => 'en' });
    try {
      await value(studio, 'vault.unlock', { passphrase: PASSPHRASE });
      const { trajects } = await value<{ trajects: TrajectSummary[] }>(studio, 'traject.list', {});
      for (const traject of trajects) {
        await value(studio, 'traject.addNote', {
          trajectId: traject.id,
          content: richTextFromPlain('After the storm'),
        });
      }
    } finally {
      await studio.close();
    }
  }
}

describe('the vault under SIGKILL', () => {
  const streams = Array.from({ length: STREAMS }, (_, index) => new CrashStream(`vault-${index}`));

  it(`keeps every file whole and every reported save after ${KILLS} kills at random moments`, async () => {
    const started = performance.now();
    const cpuAtStart = process.cpuUsage();
    await Promise.all(streams.map((stream) => stream.create()));
    const runs = await Promise.allSettled(
      streams.map((stream, index) => stream.run(Math.floor(KILLS / STREAMS) + (index < KILLS % STREAMS ? 1 : 0))),
    );
    for (const run of runs) if (run.status === 'rejected') throw run.reason;
    for (const stream of streams) await stream.writeOnceMore();
    const cpu = process.cpuUsage(cpuAtStart);
    console.info(
      `crash-safety: ${KILLS} kills in ${((performance.now() - started) / 1000).toFixed(1)} s ` +
        `(this process: ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s of CPU)`,
    );

    for (const stream of streams) {
      const { reported, stats } = stream;
      const kills = stats.linesBeforeKill.length;
      console.info(
        `crash-safety ${stream.name}: ${kills} kills, ${stats.checks} checks (${(stats.checkMs / 1000).toFixed(1)} s), ` +
          `${stats.linesBeforeKill.reduce((sum, lines) => sum + lines, 0)} operations reported ` +
          `(${reported.rounds.size} rounds, ${reported.sent.size} sent replies, ${reported.trajects.size} new ` +
          `trajects); killed before their first report: ${stats.linesBeforeKill.filter((n) => n === 0).length}; ` +
          `temp files left: ${stats.tempFiles}; orphan dossiers: ${stats.orphanDossiers}; trajects whose index ` +
          `summary was found behind their dossier: ${stats.staleSummaries.size} (by up to ${stats.roundsBehind} rounds)`,
      );
      // The children did real work (how much depends on the machine's speed): most reported something.
      expect(stats.linesBeforeKill.filter((lines) => lines > 0).length).toBeGreaterThan(kills / 2);
      expect(reported.rounds.size).toBeGreaterThan(kills / 4);
      expect(reported.sent.size).toBeGreaterThan(0);
    }
  }, 300_000);

  it('notices a torn file, so the checks above can fail', async () => {
    const copy = join(root, 'torn');
    await cp(streams[0]!.vaultDir, copy, { recursive: true });
    await ageInstanceLock(copy);
    const before = createStudio({ vaultDir: copy, language: () => 'en' });
    let victim: string;
    try {
      await value(before, 'vault.unlock', { passphrase: PASSPHRASE });
      victim = (await value<{ trajects: TrajectSummary[] }>(before, 'traject.list', {})).trajects[0]!.id;
    } finally {
      await before.close();
    }
    // Torn while no studio has it open (once unlocked, a studio reads every dossier in the background).
    await truncate(join(copy, 'trajects', victim, 'dossier.psv'), 100);
    const studio = createStudio({ vaultDir: copy, language: () => 'en' });
    try {
      await value(studio, 'vault.unlock', { passphrase: PASSPHRASE });
      const shown = await call(studio, 'traject.show', { id: victim });
      expect(shown).toMatchObject({ ok: false, error: { code: 'dossier_damaged' } });
    } finally {
      await studio.close();
    }
  });
});
