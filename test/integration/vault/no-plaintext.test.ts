// Nothing decrypted is ever written to disk, temp folders included (ARCHITECTURE.md, Nothing decrypted on disk).
// The fixture clients go into a real vault through the API (catalogue, clients, trajects, every round, drafts,
// sent replies quoting canaries);
// then every byte of every file in the vault and in the temp folders is searched for the canary phrases, names
// and e-mail addresses of those clients. See test/fixtures/README.md for the canaries.
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { createStudio as CreateStudio, Studio } from '../../../main/api/studio';
import type { ApiResult } from '../../../shared/api/errors';
import type { DossierView } from '../../../shared/domain/dossier';
import { PASSIE_KEYS, type ReplyBlocks } from '../../../shared/domain/passie';
import { plainTextOf, richTextFromPlain } from '../../../shared/domain/rich-text';
import { fixtureJson, fixturesDir, readExpected, type FixtureClient } from '../../support/fixtures';
import { listFiles } from './support/files';
import { needlesFor, scanForNeedles, type Hit, type Needle } from './support/scan';

const PASSPHRASE = 'vijf oude fietsen onder de lindeboom';

let root: string;
let vaultDir: string;
/** The temp folder as the studio sees it during this test: a fresh one, so it can be searched strictly. */
let studioTemp: string;
const systemTemp = tmpdir();
const originalTmpdir = process.env.TMPDIR;
let createStudio: typeof CreateStudio;

let clients: { file: string; fixture: FixtureClient; canaries: string[] }[];
/** Canaries of fixture files this test never feeds to the studio: text holding them was copied from fixtures. */
let foreignCanaries: Needle[];
let needles: Needle[];

beforeAll(async () => {
  root = await mkdtemp(join(systemTemp, 'passie-plaintext-'));
  vaultDir = join(root, 'vault');
  studioTemp = join(root, 'tmp');
  await mkdir(studioTemp);
  // os.tmpdir() reads TMPDIR on every call; the studio's modules are loaded only after it is set, so even a
  // module that remembers the temp folder at load time uses this one.
  process.env.TMPDIR = studioTemp;
  ({ createStudio } = await import('../../../main/api/studio'));

  const expected = readExpected();
  clients = expected
    .filter((file) => file.kind === 'client')
    .map((file) => ({
      file: file.file,
      fixture: fixtureJson<FixtureClient>(file.file),
      canaries: file.canaries ?? [],
    }));
  foreignCanaries = expected
    .filter((file) => file.kind !== 'client')
    .flatMap((file) =>
      (file.canaries ?? []).flatMap((canary, index) => needlesFor(`${file.file} canary ${index + 1}`, canary)),
    );
  needles = clients.flatMap(({ file, fixture, canaries }) => [
    ...canaries.flatMap((canary, index) => needlesFor(`${file} canary ${index + 1}`, canary)),
    ...needlesFor(`${file} name`, fixture.name),
    ...needlesFor(`${file} e-mail`, fixture.email),
  ]);
});

afterAll(async () => {
  if (originalTmpdir === undefined) delete process.env.TMPDIR;
  else process.env.TMPDIR = originalTmpdir;
  await rm(root, { recursive: true, force: true });
});

async function value<T>(studio: Studio, method: string, request: unknown): Promise<T> {
  const result: ApiResult<unknown> = await studio.dispatch(method, request);
  if (!result.ok) throw new Error(`${method} failed: ${result.error.code}`);
  return result.value as T;
}

function reply(text: string): ReplyBlocks {
  return Object.fromEntries(PASSIE_KEYS.map((key) => [key, richTextFromPlain(`${key}: ${text}`)])) as ReplyBlocks;
}

const where = (hits: Hit[]) => hits.map((hit) => `${hit.label} in ${hit.path}`);

describe('no plaintext on disk', () => {
  it('the search finds a canary written in clear, so a clean result means something', async () => {
    const needle = needles[0]!;
    for (const [folder, options] of [
      [studioTemp, {}],
      [systemTemp, { since: Date.now() - 2_000 }],
    ] as const) {
      const decoyDir = await mkdtemp(join(folder, 'decoy-'));
      const decoy = join(decoyDir, 'notes.txt');
      await writeFile(decoy, Buffer.concat([Buffer.from('lorem '), needle.bytes, Buffer.from(' ipsum')]));
      try {
        expect(await scanForNeedles(folder, [needle], options)).toContainEqual({ path: decoy, label: needle.label });
      } finally {
        await rm(decoyDir, { recursive: true, force: true });
      }
      expect(where(await scanForNeedles(folder, [needle], options))).not.toContain(`${needle.label} in ${decoy}`);
    }
  });

  it(
    'leaves no canary, name or e-mail address of the fixture clients in the vault or the temp folders',
    { timeout: 120_000 },
    async () => {
      // Only files of the shared temp folder written since the test began can be the studio's doing; reading every
      // older file (other checkouts, their node_modules) would only make the test slow.
      const started = Date.now() - 1_000;

      const studio = createStudio({ vaultDir, language: () => 'nl' });
      const stored: { trajectId: string; rounds: number; canary: string }[] = [];
      try {
        await value(studio, 'vault.create', { passphrase: PASSPHRASE });
        await value(studio, 'vault.lock', {});
        await value(studio, 'vault.unlock', { passphrase: PASSPHRASE });
        await value(studio, 'settings.update', { coach: { name: 'Marieke Jansen', practice: 'Praktijk', email: '' } });
        const catalogue = fixtureJson<unknown>('questions.json');
        expect(await value(studio, 'catalogue.import', catalogue)).toEqual({ places: 5, questions: 18 });

        for (const { fixture, canaries } of clients) {
          const client = await value<{ id: string }>(studio, 'client.add', {
            name: fixture.name,
            email: fixture.email,
          });
          const traject = await value<{ id: string }>(studio, 'traject.add', {
            clientId: client.id,
            title: `Traject ${fixture.traject.startDate}`,
            goal: fixture.traject.goal,
          });
          const roundIds: string[] = [];
          for (const round of fixture.rounds) {
            const added = await value<{ id: string }>(studio, 'round.add', {
              trajectId: traject.id,
              receivedAt: new Date(round.received).toISOString(),
              answers: round.answers.map((answer) => ({
                question: answer.questionId,
                content: richTextFromPlain(answer.text),
              })),
            });
            roundIds.push(added.id);
          }
          // The first round gets a sent reply quoting a canary; the last keeps a draft quoting another.
          const [first, last] = [roundIds[0]!, roundIds.at(-1)!];
          await value(studio, 'reply.saveDraft', { trajectId: traject.id, roundId: first, blocks: reply('...') });
          await value(studio, 'reply.saveDraft', {
            trajectId: traject.id,
            roundId: first,
            blocks: reply(`Je schreef: "${canaries[0]}". Wat mooi.`),
          });
          await value(studio, 'reply.send', { trajectId: traject.id, roundId: first });
          await value(studio, 'reply.saveDraft', {
            trajectId: traject.id,
            roundId: last,
            blocks: reply(`Over "${canaries[1]}" wil ik nog iets vragen.`),
          });
          stored.push({ trajectId: traject.id, rounds: fixture.rounds.length, canary: canaries[2]! });
        }
        await value(studio, 'vault.lock', {});
      } finally {
        await studio.close();
      }

      // The vault holds only the expected files, named by random ids, each sealed.
      const files = await listFiles(vaultDir);
      const layout =
        /^(vault\.json|ledger\.psv|index\.psv|catalogue\.psv|settings\.psv|audit\.psv|trajects\/tr_[0-9a-z]{20}\/dossier\.psv)$/;
      expect(files.filter((file) => !layout.test(file))).toEqual([]);
      expect(files).toEqual(expect.arrayContaining(['vault.json', 'index.psv', 'catalogue.psv', 'settings.psv']));
      expect(files.filter((file) => file.endsWith('/dossier.psv')).sort()).toEqual(
        stored.map((entry) => `trajects/${entry.trajectId}/dossier.psv`).sort(),
      );
      for (const file of files.filter((name) => name.endsWith('.psv'))) {
        expect((await readFile(join(vaultDir, file))).subarray(0, 7).toString('latin1'), file).toBe('PSVSEAL');
      }

      // Every byte of the vault and of the studio's temp folder: no hit at all.
      expect(where(await scanForNeedles(vaultDir, needles))).toEqual([]);
      expect(where(await scanForNeedles(studioTemp, needles))).toEqual([]);
      // The shared temp folder: every file written since the test began, except text evidently copied from the
      // fixture files by someone else (it also holds canaries of fixtures this test never gave the studio).
      const shared = await scanForNeedles(systemTemp, needles, { since: started, skip: [root, fixturesDir] });
      const copied = new Set(
        (await scanForNeedles(systemTemp, foreignCanaries, { since: started, skip: [root, fixturesDir] })).map(
          (hit) => hit.path,
        ),
      );
      expect(where(shared.filter((hit) => !copied.has(hit.path)))).toEqual([]);

      // And the text really is in the vault: it opens again, whole.
      const reopened = createStudio({ vaultDir, language: () => 'nl' });
      try {
        await value(reopened, 'vault.unlock', { passphrase: PASSPHRASE });
        for (const entry of stored) {
          const view = await value<DossierView>(reopened, 'traject.show', { id: entry.trajectId });
          expect(view.rounds).toHaveLength(entry.rounds);
          const text = view.rounds.flatMap((round) => round.answers.map((answer) => plainTextOf(answer.content)));
          expect(text.join('\n')).toContain(entry.canary);
          expect(view.rounds[0]!.reply).toBeDefined();
          expect(view.rounds.at(-1)!.draft).toBeDefined();
        }
      } finally {
        await reopened.close();
      }
    },
  );
});
