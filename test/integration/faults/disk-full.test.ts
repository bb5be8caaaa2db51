// Nothing lost under faults: every write of the studio, run on a real (small) tmpfs filled so that only a few bytes
// are left. A write either succeeds or fails with `disk_full`; a failed one leaves no trace, in the running studio
// nor after a restart, and a succeeded one stays. Real crypto, real files: nothing here mocks the file system.
import { execFileSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, statfs, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isAtomicWriteTemp } from '../../../main/platform/atomic-write';
import { acceptedRound } from '../../../shared/domain/import';
import { PASSIE_KEYS, type ReplyBlocks } from '../../../shared/domain/passie';
import { richTextFromPlain } from '../../../shared/domain/rich-text';
import { errorMessages } from '../../../shared/i18n/error-messages';
import { CatalogueSchema } from '../../../shared/domain/catalogue';
import { fixtureJson } from '../../support/fixtures';
import { importWhole } from '../../support/import-whole';
import { mailWithAttachments } from '../../support/mail-with-attachments';
import { runCli } from '../../support/run-cli';
import { TempStudio } from '../../support/temp-studio';

/** Words that occur only in what the seed and the operations put into the vault: never on the disk in clear. */
const CANARIES = ['Zeeuwse Vlinderstrik', 'korenbloemblauw', 'Marnix Oudeweg'];
const MOUNT_BYTES = 48 * 1024 * 1024;
/** How much room is left for each operation; `half` is half of what the operation took with room enough. */
const LEVELS = [0, 1024, 4096, 16 * 1024, 64 * 1024, 'half'] as const;
type Level = (typeof LEVELS)[number];
/** tmpfs counts room in whole pages. */
const PAGE = 4096;

let mount: string;
let outside: string;
let seeds: { plain: string; signed: string };
const ids = {} as {
  clientId: string;
  otherClientId: string;
  trajectId: string;
  draftRoundId: string;
  sentRoundId: string;
  /** A traject with a small dossier: its writes fit where the (larger) index's do not. */
  smallTrajectId: string;
  smallRoundId: string;
};

const text = (plain: string) => richTextFromPlain(plain);
const blocks = (plain: string): ReplyBlocks =>
  Object.fromEntries(PASSIE_KEYS.map((key) => [key, text(`${plain} ${key}`)])) as ReplyBlocks;

/** A photo of some size in a mail, so an import has attachments of a few pages each. */
function mail(messageId: string, kib: number): Buffer {
  const photo = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(kib * 1024, 7)]);
  return mailWithAttachments({
    subject: 'Antwoorden korenbloemblauw',
    messageId,
    date: 'Mon, 2 Nov 2026 10:00:00 +0100',
    text: 'Wat gaf je energie?\n\nDe korenbloemblauw lucht boven de dijk.',
    attachments: [
      { name: 'plek.jpg', mediaType: 'image/jpeg', bytes: photo },
      { name: 'notities.txt', mediaType: 'text/plain', bytes: Buffer.from('korenbloemblauw '.repeat(kib * 64)) },
    ],
  });
}

beforeAll(async () => {
  mount = await mkdtemp(join(tmpdir(), 'passie-disk-full-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${MOUNT_BYTES}`, 'tmpfs', mount], { stdio: 'pipe' });
  } catch (error) {
    throw new Error(
      `These tests need a small tmpfs to fill, mounted as root (mount -t tmpfs): ${(error as Error).message}`,
      { cause: error },
    );
  }
  const disk = await statfs(mount);
  if (disk.blocks * disk.bsize > MOUNT_BYTES) throw new Error(`${mount} is not the ${MOUNT_BYTES}-byte tmpfs`);
  outside = await mkdtemp(join(tmpdir(), 'passie-disk-full-files-'));

  const seed = await TempStudio.open({ in: mount });
  await seed.call('catalogue.import', CatalogueSchema.parse(fixtureJson('questions.json')));
  await seed.call('settings.update', { coach: { name: 'Marnix Oudeweg', practice: '', email: '' } });
  ids.clientId = (await seed.call('client.add', { name: 'Zeeuwse Vlinderstrik' })).id;
  ids.otherClientId = (await seed.call('client.add', { name: 'Marnix Oudeweg junior' })).id;
  ids.trajectId = (await seed.call('traject.add', { clientId: ids.clientId, title: 'korenbloemblauw' })).id;
  ids.smallTrajectId = (
    await seed.call('traject.add', { clientId: ids.otherClientId, title: 'Zeeuwse Vlinderstrik' })
  ).id;
  // Clients with long notes: an index of several pages, larger than a small dossier.
  for (const number of [1, 2, 3]) {
    await seed.call('client.add', { name: `Cliënt ${number}`, notes: 'korenbloemblauw '.repeat(600) });
  }
  const round = (question: string, trajectId = ids.trajectId) =>
    seed.call('round.add', {
      trajectId,
      source: 'typed',
      answers: [{ title: 'Vraag', content: text(question) }],
    });
  ids.sentRoundId = (await round('Het korenbloemblauw van de zee.')).id;
  await seed.call('reply.saveDraft', { trajectId: ids.trajectId, roundId: ids.sentRoundId, blocks: blocks('Mooi') });
  await seed.call('reply.send', { trajectId: ids.trajectId, roundId: ids.sentRoundId, allowEmptyBlocks: false });
  await importWhole(seed, ids.trajectId, { name: 'mail.eml', bytes: mail('seed@example.com', 8) });
  ids.draftRoundId = (await round('Zeeuwse Vlinderstrik in de wind.')).id;
  await seed.call('reply.saveDraft', { trajectId: ids.trajectId, roundId: ids.draftRoundId, blocks: blocks('Ja') });
  ids.smallRoundId = (await round('Een kort antwoord.', ids.smallTrajectId)).id;
  await seed.call('reply.saveDraft', {
    trajectId: ids.smallTrajectId,
    roundId: ids.smallRoundId,
    blocks: blocks('Kort'),
  });
  await seed.call('traject.addNote', { trajectId: ids.trajectId, content: text('Een notitie korenbloemblauw.') });
  await seed.studio.close();
  seeds = { plain: seed.root, signed: join(mount, 'seed-signed') };
  await cp(seeds.plain, seeds.signed, { recursive: true });
  const signed = await TempStudio.open({ existing: seeds.signed });
  await signed.call('signing.create', { replace: false });
  await signed.studio.close();
}, 120_000);

afterAll(async () => {
  if (process.env.DISK_FULL_REPORT) console.log(outcomes.join('\n'));
  if (outside) await rm(outside, { recursive: true, force: true });
  if (!mount) return;
  try {
    execFileSync('umount', [mount], { stdio: 'pipe' });
  } finally {
    await rm(mount, { recursive: true, force: true });
  }
});

/** Everything the coach can read back: compared whole, before and after. */
async function stateOf(temp: TempStudio) {
  const { clients } = await temp.call('client.list', {});
  const { trajects } = await temp.call('traject.list', {});
  const dossiers = [];
  const attachments: Record<string, string> = {};
  for (const traject of trajects.filter((candidate) => !candidate.archivedAt)) {
    const dossier = await temp.call('traject.show', { id: traject.id });
    dossiers.push(dossier);
    for (const answer of dossier.rounds.flatMap((round) => round.answers)) {
      for (const ref of answer.attachments) {
        // Every attachment a round names must open: a round pointing at a removed file is damage.
        attachments[ref.id] = await temp.codeOf('attachment.read', { trajectId: traject.id, attachmentId: ref.id });
      }
    }
  }
  return {
    clients,
    trajects,
    dossiers,
    attachments,
    settings: await temp.call('settings.get', {}),
    catalogue: await temp.call('catalogue.list', {}),
    archives: await temp.call('archive.list', {}),
    backup: await temp.call('backup.status', {}),
    signing: await temp.call('signing.show', {}),
  };
}

async function freeBytes(): Promise<number> {
  const disk = await statfs(mount);
  return disk.bavail * disk.bsize;
}

const FILLER = () => join(mount, 'filler');

/** Takes up all but `left` bytes of the tmpfs (to its page size: tmpfs counts whole pages). */
async function fill(left: number): Promise<void> {
  const size = (await freeBytes()) - left;
  if (size > 0) execFileSync('fallocate', ['-l', String(size), FILLER()]);
  const free = await freeBytes();
  expect(free).toBeLessThanOrEqual(left + 4096);
  expect(free).toBeGreaterThanOrEqual(Math.max(0, left - 4096));
}

async function filesBelow(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
}

/** No temp file a write left behind, and no canary in clear in any file on the tmpfs. */
async function expectCleanDisk(): Promise<void> {
  const files = (await filesBelow(mount)).filter((file) => file !== FILLER());
  expect(files.filter((file) => isAtomicWriteTemp(file.slice(file.lastIndexOf('/') + 1)))).toEqual([]);
  for (const file of files) {
    const bytes = await readFile(file);
    for (const canary of CANARIES) {
      expect(bytes.includes(Buffer.from(canary, 'utf8')), `${canary} in clear in ${file}`).toBe(false);
    }
  }
}

interface Operation {
  name: string;
  seed?: keyof typeof seeds;
  /** Reads or folders the operation needs, made with room enough; returns the operation itself. */
  prepare: (temp: TempStudio, caseDir: string) => Promise<() => Promise<string>>;
}

const operations: Operation[] = [
  {
    name: 'client.add',
    prepare: async (temp) => () => temp.codeOf('client.add', { name: 'Marnix Oudeweg de derde' }),
  },
  {
    name: 'traject.add',
    prepare: async (temp) => () =>
      temp.codeOf('traject.add', { clientId: ids.clientId, title: 'Zeeuwse Vlinderstrik twee' }),
  },
  {
    name: 'round.add',
    prepare: async (temp) => () =>
      temp.codeOf('round.add', {
        trajectId: ids.smallTrajectId,
        source: 'typed',
        answers: [{ title: 'Vraag', content: text('korenbloemblauw '.repeat(40)) }],
      }),
  },
  {
    name: 'import.commit',
    prepare: async (temp) => {
      const { results } = await temp.call('import.preview', {
        trajectId: ids.trajectId,
        files: [{ name: 'mail.eml', base64: mail('case@example.com', 24).toString('base64') }],
      });
      const result = results[0]!;
      if (!result.ok) throw new Error(result.error.code);
      return () => temp.codeOf('import.commit', { trajectId: ids.trajectId, rounds: [acceptedRound(result.preview)] });
    },
  },
  {
    name: 'reply.saveDraft',
    prepare: async (temp) => () =>
      temp.codeOf('reply.saveDraft', {
        trajectId: ids.trajectId,
        roundId: ids.draftRoundId,
        blocks: blocks('korenbloemblauw '.repeat(300)),
      }),
  },
  {
    name: 'reply.send',
    prepare: async (temp) => () =>
      temp.codeOf('reply.send', { trajectId: ids.smallTrajectId, roundId: ids.smallRoundId, allowEmptyBlocks: false }),
  },
  {
    name: 'traject.addNote',
    prepare: async (temp) => () =>
      temp.codeOf('traject.addNote', { trajectId: ids.trajectId, content: text('korenbloemblauw '.repeat(300)) }),
  },
  {
    name: 'settings.update',
    prepare: async (temp) => () =>
      temp.codeOf('settings.update', { responseHours: 96, coach: { name: 'Marnix', practice: 'Zee', email: '' } }),
  },
  {
    name: 'catalogue.save',
    prepare: async (temp) => {
      const catalogue = await temp.call('catalogue.list', {});
      const [first, ...rest] = catalogue.places;
      const question = { id: 'q-disk-full', text: { nl: 'Wat zie je?', en: 'What do you see?' } };
      const changed = { places: [{ ...first!, questions: [...first!.questions, question] }, ...rest] };
      return () => temp.codeOf('catalogue.save', changed);
    },
  },
  {
    name: 'client.delete',
    prepare: async (temp) => () => temp.codeOf('client.delete', { id: ids.otherClientId, reason: 'Verzoek cliënt' }),
  },
  {
    name: 'traject.close',
    seed: 'signed',
    prepare: async (temp) => () => temp.codeOf('traject.close', { id: ids.trajectId }),
  },
  {
    name: 'export.dossierPdf',
    prepare: async (temp) => () => temp.codeOf('export.dossierPdf', { trajectId: ids.trajectId, includeNotes: true }),
  },
  {
    name: 'backup.create',
    prepare: async (temp, caseDir) => {
      const folder = join(caseDir, 'backups');
      await mkdir(folder);
      return () => temp.codeOf('backup.create', { folder });
    },
  },
];

/** Room each operation took with room enough, for its `half` level. */
const took = new Map<string, number>();

async function caseStudio(seed: keyof typeof seeds, name: string): Promise<TempStudio> {
  const root = join(mount, `case-${name.replace(/\W/g, '-')}`);
  await rm(root, { recursive: true, force: true });
  await cp(seeds[seed], root, { recursive: true });
  return TempStudio.open({ existing: root });
}

/** Outcome of each case, for the report (DISK_FULL_REPORT=1 prints it). */
const outcomes: string[] = [];

/** Runs the operation with `left` bytes of room and checks the before, after and reopened states. */
async function faultCase(operation: Operation, left: number): Promise<void> {
  const temp = await caseStudio(operation.seed ?? 'plain', operation.name);
  try {
    const run = await operation.prepare(temp, temp.root);
    const before = await stateOf(temp);
    await fill(left);
    const code = await run();
    outcomes.push(`${operation.name}\t${left}\t${code}`);
    expect(['ok', 'disk_full'], `${operation.name} with ${left} bytes left`).toContain(code);
    const after = code === 'ok' ? await stateOf(temp) : before;
    if (code !== 'ok') expect(await stateOf(temp), `${operation.name} with ${left} bytes left`).toEqual(before);
    await rm(FILLER());
    await temp.reopen();
    expect(await stateOf(temp), `${operation.name} with ${left} bytes left, reopened`).toEqual(after);
    expect(await temp.call('vault.check', {})).toMatchObject({ damage: [] });
    await temp.studio.close();
    await expectCleanDisk();
  } finally {
    await rm(FILLER(), { force: true });
    await temp.dispose();
  }
}

async function contentsOf(folder: string): Promise<Map<string, Buffer>> {
  const contents = new Map<string, Buffer>();
  for (const file of await filesBelow(folder)) contents.set(file, await readFile(file));
  return contents;
}

async function leftFor(name: string, level: Level): Promise<number> {
  return level === 'half' ? Math.max(8192, Math.round((took.get(name) ?? 0) / 2)) : level;
}

describe('a write on a full disk succeeds whole or fails as disk_full, leaving no trace', () => {
  for (const operation of operations) {
    it(`${operation.name} with room enough`, async () => {
      const temp = await caseStudio(operation.seed ?? 'plain', operation.name);
      try {
        const run = await operation.prepare(temp, temp.root);
        const before = await contentsOf(temp.root);
        expect(await run()).toBe('ok');
        const after = await stateOf(temp);
        // What its writes take at their peak: every file it wrote, in whole pages, beside the old versions.
        let written = 0;
        for (const [file, bytes] of await contentsOf(temp.root)) {
          if (!before.get(file)?.equals(bytes)) written += Math.ceil(bytes.length / PAGE) * PAGE;
        }
        took.set(operation.name, written);
        await temp.reopen();
        expect(await stateOf(temp)).toEqual(after);
      } finally {
        await temp.dispose();
      }
    });

    for (const level of LEVELS) {
      it(`${operation.name} with ${level} bytes left`, async () => {
        await faultCase(operation, await leftFor(operation.name, level));
      });
    }

    // Between the fixed levels lie the ones that split an operation's writes (the dossier fits, the index does not):
    // every step up to what it took.
    it(`${operation.name} with every step of room up to what it takes`, async () => {
      const size = took.get(operation.name) ?? 0;
      const step = Math.max(PAGE, Math.ceil(size / 24 / PAGE) * PAGE);
      for (let left = PAGE; left <= size + PAGE; left += step) await faultCase(operation, left);
    }, 180_000);
  }

  /** The CLI imports two e-mails with attachments; whichever fails says the disk is full, and only it is missing. */
  // Each mail's writes take a few pages: every page up to both of them, the fixed levels, and room enough.
  const cliLevels = [0, 1024, ...Array.from({ length: 10 }, (_, page) => (page + 1) * PAGE), 64 * 1024, 'room enough'];
  for (const level of cliLevels) {
    it(`passie-studio import of two files with ${level} bytes left`, async () => {
      const temp = await caseStudio('plain', 'cli-import');
      try {
        const files = [join(outside, 'een.eml'), join(outside, 'twee.eml')];
        await writeFile(files[0]!, mail('een@example.com', 2));
        await writeFile(files[1]!, mail('twee@example.com', 3));
        const before = await stateOf(temp);
        await temp.studio.close();
        const left = level === 'room enough' ? undefined : (level as number);
        if (left !== undefined) await fill(left);
        const cli = await runCli(temp, ['import', '--traject', ids.smallTrajectId, ...files]);
        outcomes.push(`cli import\t${left}\t${cli.code}: ${cli.stdout.trim()} | ${cli.stderr.trim()}`);
        await rm(FILLER(), { force: true });
        const imported = cli.stdout.split('\n').filter((line) => line.endsWith('answer') || line.endsWith('answers'));
        if (cli.code !== 0) {
          expect(cli.code).toBe(1);
          expect(cli.stderr).toContain(errorMessages.en.disk_full);
        } else {
          expect(imported).toHaveLength(2);
        }
        await temp.reopen();
        const after = await stateOf(temp);
        const dossier = (state: typeof after) => state.dossiers.find((view) => view.traject.id === ids.smallTrajectId)!;
        // Every round there was is there as it was; rounds are numbered by when they came in, so an imported mail
        // may come before them and move their numbers.
        const afterById = new Map(dossier(after).rounds.map((round) => [round.id, round]));
        for (const round of dossier(before).rounds) {
          expect({ ...afterById.get(round.id), number: round.number }).toEqual(round);
        }
        expect(dossier(after).rounds.length - dossier(before).rounds.length).toBe(imported.length);
        expect(Object.values(after.attachments).every((code) => code === 'ok')).toBe(true);
        expect(await temp.call('vault.check', {})).toMatchObject({ damage: [] });
        await temp.studio.close();
        await expectCleanDisk();
      } finally {
        await rm(FILLER(), { force: true });
        await temp.dispose();
      }
    }, 120_000);
  }
});
