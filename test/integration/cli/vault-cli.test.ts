import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStudio } from '../../../main/api/studio';
import { CLI_BIN } from '../../support/cli-bin';
import { fixturePath } from '../../support/fixtures';

const PASSPHRASE = 'de zee is vandaag opvallend groen';
const NEW_PASSPHRASE = 'fietsen langs de vaart met regen';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

let root: string;
let vault: string;

/** The real command in its own process, with no terminal: secrets come from the environment only. */
function run(args: string[], env: NodeJS.ProcessEnv = {}): Promise<Run> {
  return new Promise((resolvePromise) => {
    const child = execFile(
      process.execPath,
      [CLI_BIN, '--vault', vault, ...args],
      { env: { PATH: process.env.PATH, HOME: root, LANG: 'en_GB.UTF-8', ...env }, timeout: 30_000 },
      (error, stdout, stderr) =>
        resolvePromise({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout, stderr }),
    );
    child.stdin?.end();
  });
}

const withPass = { PASSIE_PASSPHRASE: PASSPHRASE };
const json = async (args: string[], env: NodeJS.ProcessEnv = withPass) => {
  const result = await run(['--json', ...args], env);
  expect(result, result.stderr).toMatchObject({ code: 0 });
  return JSON.parse(result.stdout) as Record<string, unknown>;
};

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'passie-vault-cli-'));
  vault = join(root, 'vault');
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

// Each command is a fresh process that unlocks with the real scrypt cost, so a test of several takes a while.
describe('passie-studio vault and dossier commands', { timeout: 120_000 }, () => {
  let recoveryKey: string;
  let clientId: string;
  let trajectId: string;
  let roundId: string;

  it('refuses a weak passphrase and a missing one with a plain sentence', async () => {
    const weak = await run(['vault', 'init'], { PASSIE_PASSPHRASE: 'welkom123' });
    expect(weak).toMatchObject({ code: 1, stdout: '' });
    expect(weak.stderr).toBe(
      'This passphrase is too short; use at least 12 characters, for example a short sentence.\n',
    );
    const missing = await run(['vault', 'init']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toBe('Give the secret in PASSIE_PASSPHRASE or run the command in a terminal.\n');
  });

  it('creates a vault and prints the recovery key once', async () => {
    const created = await json(['vault', 'init']);
    recoveryKey = String(created.recoveryKey);
    expect(recoveryKey).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){7}$/);
    expect(await json(['vault', 'status'])).toMatchObject({ vault: 'locked' });
    const again = await run(['vault', 'init'], withPass);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('A vault already exists here');
  });

  it('rejects a wrong passphrase', async () => {
    const wrong = await run(['client', 'list'], { PASSIE_PASSPHRASE: NEW_PASSPHRASE });
    expect(wrong).toMatchObject({ code: 1, stdout: '', stderr: 'That passphrase is not correct; please try again.\n' });
  });

  it('adds a client, a traject and a round, and keeps a reply draft until it is sent', async () => {
    clientId = String((await json(['client', 'add', '--name', 'Joost Brinkhuis', '--email', 'joost@example.net'])).id);
    expect(clientId).toMatch(/^cl_/);
    trajectId = String((await json(['traject', 'add', '--client', clientId, '--title', 'Leidinggeven'])).id);
    expect(await json(['catalogue', 'import', fixturePath('questions.json')])).toEqual({
      places: 5,
      questions: 18,
    });
    const roundFile = join(root, 'round.json');
    await writeFile(
      roundFile,
      JSON.stringify({
        receivedAt: '2025-01-12T21:03:00+01:00',
        answers: [
          { question: 'onzekerheid-1', text: 'Criticus. Heb ik die?\nJa dus.' },
          { title: 'Tot slot', text: 'Groet, Joost' },
        ],
      }),
    );
    roundId = String((await json(['round', 'add', '--traject', trajectId, '--from', roundFile])).id);

    const replyFile = join(root, 'reply.json');
    await writeFile(replyFile, JSON.stringify({ p_open: 'Wat eerlijk.', a: 'Je voelt je een dinosaurus.' }));
    await json(['reply', 'draft', '--traject', trajectId, '--round', roundId, '--from', replyFile]);
    const refused = await run(['reply', 'send', '--traject', trajectId, '--round', roundId], withPass);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('Name the positive');

    await writeFile(replyFile, JSON.stringify({ p_open: 'Wat eerlijk.', p_close: 'Ik heb vertrouwen in je.' }));
    await json(['reply', 'draft', '--traject', trajectId, '--round', roundId, '--from', replyFile]);
    await json(['reply', 'send', '--traject', trajectId, '--round', roundId, '--allow-empty']);

    const dossier = await json(['traject', 'show', trajectId]);
    const rounds = dossier.rounds as { answers: { questionId?: string }[]; reply?: unknown }[];
    expect(rounds[0]!.answers[0]!.questionId).toBe('onzekerheid-1');
    expect(rounds[0]!.reply).toBeDefined();
    const verified = await json(['traject', 'verify', trajectId]);
    expect(verified).toEqual({
      ok: true,
      chain: { ok: true, events: 3, head: (dossier.chain as { head: string }).head },
      attachments: 0,
      damagedAttachments: [],
    });
  });

  it('sets a start date, edits a note and marks a round answered outside the studio', async () => {
    const updated = await json(['traject', 'update', trajectId, '--started', '2024-11-03']);
    expect(new Date(String(updated.startedAt)).toDateString()).toBe(new Date(2024, 10, 3).toDateString());
    const badDate = await run(['traject', 'update', trajectId, '--started', '2024-02-30'], withPass);
    expect(badDate).toMatchObject({ code: 1, stdout: '' });
    expect(badDate.stderr).toBe('2024-02-30 is not a date; write it as YYYY-MM-DD, for example 2024-03-01.\n');

    await json(['note', 'add', '--traject', trajectId, '--text', 'Eerste gedachte.']);
    const seq = (await json(['traject', 'show', trajectId])).notes as { seq: number }[];
    await json(['note', 'edit', '--traject', trajectId, '--note', String(seq[0]!.seq), '--text', 'Beter gezegd.']);
    const missingNote = await run(['note', 'edit', '--traject', trajectId, '--note', '0', '--text', 'x'], withPass);
    expect(missingNote.stderr).toBe('This note does not exist in this traject.\n');

    const roundFile = join(root, 'old-round.json');
    await writeFile(
      roundFile,
      JSON.stringify({ receivedAt: '2024-11-05T10:00:00Z', answers: [{ title: 'Oud', text: 'Van lang geleden.' }] }),
    );
    const oldRound = String((await json(['round', 'add', '--traject', trajectId, '--from', roundFile])).id);
    const marked = await run(['round', 'answered-outside', '--traject', trajectId, '--round', oldRound], withPass);
    expect(marked).toMatchObject({ code: 0, stdout: 'The round is marked as answered outside the studio.\n' });

    const dossier = await json(['traject', 'show', trajectId]);
    const rounds = dossier.rounds as { id: string; number: number; answeredOutside?: unknown }[];
    // Received in 2024, so round 1 before the January 2025 round, whatever the order they were added in.
    expect(rounds.map((round) => [round.id, round.number])).toEqual([
      [oldRound, 1],
      [roundId, 2],
    ]);
    expect(rounds[0]!.answeredOutside).toBeDefined();
    expect((dossier.traject as { awaiting: unknown[] }).awaiting).toEqual([]);
    const notes = dossier.notes as { content: unknown; earlier?: unknown[] }[];
    expect(notes[0]!.earlier).toHaveLength(1);
    expect((await json(['traject', 'verify', trajectId])).ok).toBe(true);
  });

  it('names a file that is not what it should be', async () => {
    const bad = join(root, 'bad.json');
    await writeFile(bad, '{"answers": "nope"}');
    const result = await run(['round', 'add', '--traject', trajectId, '--from', bad], withPass);
    expect(result).toMatchObject({ code: 1 });
    expect(result.stderr).toBe('The file bad.json does not have the expected content; see passie-studio --help.\n');
    const missing = await run(['catalogue', 'import', join(root, 'nope.json')], withPass);
    expect(missing.stderr).toBe('The file nope.json cannot be read.\n');
  });

  it('tells a second studio that the vault is in use', async () => {
    const open = createStudio({ vaultDir: vault, language: () => 'en' });
    const unlocked = await open.dispatch('vault.unlock', { passphrase: PASSPHRASE });
    expect(unlocked.ok).toBe(true);
    try {
      const second = await run(['client', 'list'], withPass);
      expect(second).toMatchObject({
        code: 1,
        stderr: 'This vault is already open in another PASSIE Studio; close that one first.\n',
      });
    } finally {
      await open.close();
    }
  });

  it('changes the passphrase, and recovers with the recovery key', async () => {
    await json(['vault', 'change-passphrase'], { ...withPass, PASSIE_NEW_PASSPHRASE: NEW_PASSPHRASE });
    expect((await run(['client', 'list'], withPass)).code).toBe(1);
    expect(await json(['client', 'list'], { PASSIE_PASSPHRASE: NEW_PASSPHRASE })).toEqual([
      expect.objectContaining({ id: clientId, name: 'Joost Brinkhuis' }),
    ]);
    await json(['vault', 'recover'], { PASSIE_RECOVERY_KEY: recoveryKey, PASSIE_NEW_PASSPHRASE: PASSPHRASE });
    expect(await json(['client', 'list'])).toHaveLength(1);
  });

  it('renews the key and the recovery key, each old recovery key then failing, and checks every file', async () => {
    expect(await run(['vault', 'check'], withPass)).toMatchObject({
      code: 0,
      stdout: 'Every file in the vault is in order.\n',
    });
    const rotated = await run(['vault', 'rotate-key'], withPass);
    expect(rotated, rotated.stderr).toMatchObject({ code: 0 });
    expect(rotated.stdout).toMatch(/^The vault key has been renewed; everything is encrypted again\./);
    const rotatedKey = /\n {2}([0-9A-Z]{4}(?:-[0-9A-Z]{4}){7})\n/.exec(rotated.stdout)?.[1];
    expect(rotatedKey).toBeDefined();
    expect(rotatedKey).not.toBe(recoveryKey);
    const renewed = String((await json(['vault', 'new-recovery-key'])).recoveryKey);
    expect(renewed).not.toBe(rotatedKey);
    // Neither earlier recovery key opens the vault any more; the newest does, and the dossier is all there.
    for (const old of [recoveryKey, rotatedKey!]) {
      const refused = await run(['vault', 'recover'], {
        PASSIE_RECOVERY_KEY: old,
        PASSIE_NEW_PASSPHRASE: NEW_PASSPHRASE,
      });
      expect(refused).toMatchObject({ code: 1, stdout: '' });
    }
    recoveryKey = renewed;
    await json(['vault', 'recover'], { PASSIE_RECOVERY_KEY: recoveryKey, PASSIE_NEW_PASSPHRASE: PASSPHRASE });
    expect(await json(['client', 'list'])).toHaveLength(1);
    expect(await json(['traject', 'show', trajectId])).toMatchObject({
      rounds: expect.arrayContaining([expect.objectContaining({ id: roundId })]),
    });

    // A dossier gone from the vault is named, in the terminal's language, and the check fails.
    const dossier = join(vault, 'trajects', trajectId, 'dossier.psv');
    const saved = await readFile(dossier);
    await rm(dossier);
    const damaged = await run(['vault', 'check'], withPass);
    expect(damaged).toMatchObject({ code: 1 });
    expect(damaged.stdout).toContain(`trajects/${trajectId}/dossier.psv: is missing`);
    const dutch = await run(['vault', 'check'], { ...withPass, LANG: 'nl_NL.UTF-8' });
    expect(dutch.stdout).toContain(`trajects/${trajectId}/dossier.psv: ontbreekt`);
    await writeFile(dossier, saved);
    expect(await json(['vault', 'check'])).toEqual({ damage: [], recoveryKeyNeeded: false });
  });

  it('deletes a client on request', async () => {
    await json(['client', 'delete', clientId, '--reason', 'Verzoek van de cliënt']);
    expect(await json(['client', 'list'])).toEqual([]);
    expect(await json(['traject', 'list'])).toEqual([]);
  });
});
