import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { unseal } from '../../../main/services/vault/sealed-file';
import { CatalogueSchema } from '../../../shared/domain/catalogue';
import type { ImportPreview } from '../../../shared/domain/import';
import { TEST_PASSPHRASE, TempStudio } from '../../support/temp-studio';
import { CLI_BIN } from '../../support/cli-bin';
import { fixture, fixtureJson, fixturePath } from '../../support/fixtures';

const base64 = (path: string) => fixture(path).toString('base64');

let temp: TempStudio;
let trajectId: string;
beforeEach(async () => {
  temp = await TempStudio.open();
  const catalogue = CatalogueSchema.parse(fixtureJson('questions.json'));
  await temp.call('catalogue.import', catalogue);
  const { id: clientId } = await temp.call('client.add', { name: 'Daniëlle van Dijk-Ramdin' });
  trajectId = (await temp.call('traject.add', { clientId, title: 'Werk na burn-out' })).id;
});
afterEach(async () => {
  await temp.dispose();
});

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
}

function okPreview(result: { ok: boolean; preview?: ImportPreview }): ImportPreview {
  if (!result.ok || !result.preview) throw new Error('expected a preview');
  return result.preview;
}

describe('import.preview and import.commit', () => {
  it('previews a batch without writing anything; a bad file does not fail the others', async () => {
    const before = await filesUnder(temp.vaultDir);
    const { results } = await temp.call('import.preview', {
      trajectId,
      files: [
        { name: '03.eml', base64: base64('eml/03-danielle-ronde6-docx-en-jpg-bijlagen.eml') },
        { name: 'renamed-png.docx', base64: base64('hostile/renamed-png.docx') },
        { name: 'hannah.docx', base64: base64('docx/hannah-whitfield-round-5.docx') },
      ],
    });
    expect(results.map((result) => result.ok)).toEqual([true, false, true]);
    expect(results[1]).toMatchObject({
      ok: false,
      file: 'renamed-png.docx',
      error: {
        code: 'import_wrong_content',
        message: 'The file renamed-png.docx is not a Word document; it is really a PNG image.',
      },
    });
    expect(await filesUnder(temp.vaultDir)).toEqual(before);
  });

  it('commits rounds with their attachments sealed in the vault, byte-identical after decryption', async () => {
    const raw = fixture('eml/03-danielle-ronde6-docx-en-jpg-bijlagen.eml');
    const { results } = await temp.call('import.preview', {
      trajectId,
      files: [
        { name: '03.eml', base64: raw.toString('base64') },
        { name: '01.eml', base64: base64('eml/01-danielle-ronde5-plain-utf8-qp.eml') },
      ],
    });
    const [mail, plain] = results.map((result) => okPreview(result));
    const { rounds } = await temp.call('import.commit', {
      trajectId,
      rounds: [mail!, plain!].map((preview) => ({
        previewId: preview.previewId,
        receivedAt: preview.receivedAt,
        source: 'email' as const,
        answers: preview.answers.map((answer) => ({
          question: answer.questionId,
          title: answer.title,
          content: answer.content,
        })),
        attachments: preview.attachments.map((attachment) => attachment.token),
      })),
    });
    expect(rounds.map((round) => round.answers)).toEqual([3, 2]);

    const dossier = await temp.call('traject.show', { id: trajectId });
    expect(dossier.rounds.map((round) => round.source)).toEqual(['email', 'email']);
    // Numbered by when they came in, not in the order committed: found by id.
    const [mailRound, plainRound] = rounds.map((made) => dossier.rounds.find((round) => round.id === made.id)!);
    expect(plainRound!.answers.map((answer) => answer.questionId)).toEqual(['haven-2', 'onzekerheid-2']);
    expect(plainRound!.receivedAt).toBe('2025-03-06T20:17:43.000Z');
    const refs = mailRound!.answers[0]!.attachments;
    expect(refs.map((ref) => ref.name)).toEqual(['Antwoorden ronde 6 – Daniëlle.docx', 'mijn-plek.jpg']);

    const original = await simpleParser(raw);
    for (const [index, ref] of refs.entries()) {
      const vaultPath = `trajects/${trajectId}/attachments/${ref.id}.psv`;
      const sealed = await readFile(join(temp.vaultDir, ...vaultPath.split('/')));
      const bytes = unseal(temp.studio.vault.key(), vaultPath, sealed);
      expect(bytes.equals(original.attachments[index]!.content)).toBe(true);
      expect(createHash('sha256').update(bytes).digest('hex')).toBe(ref.sha256);
      expect(ref.size).toBe(bytes.length);
    }

    // No canary of the imported answers lies anywhere in the vault as plaintext.
    await temp.studio.vault.lock();
    const canaries = [
      'proefplaatsing in de Kersenbuurt',
      'ballonnen in de vorm van een 6 en een 5',
      'koffiebekertje met een barst erin',
    ];
    for (const file of await filesUnder(temp.vaultDir)) {
      const bytes = await readFile(file);
      for (const canary of canaries) expect(bytes.includes(Buffer.from(canary))).toBe(false);
    }
  });

  it('forgets previews when the vault locks, and refuses tokens of another preview or traject', async () => {
    const { results } = await temp.call('import.preview', {
      trajectId,
      files: [{ name: '03.eml', base64: base64('eml/03-danielle-ronde6-docx-en-jpg-bijlagen.eml') }],
    });
    const preview = okPreview(results[0]!);
    const round = {
      previewId: preview.previewId,
      source: 'email' as const,
      answers: [{ title: 'x', content: preview.answers[0]!.content }],
      attachments: [preview.attachments[0]!.token],
    };
    expect(await temp.codeOf('import.commit', { trajectId: 'tr_00000000000000000000', rounds: [round] })).toBe(
      'import_preview_expired',
    );
    expect(
      await temp.codeOf('import.commit', {
        trajectId,
        rounds: [{ ...round, attachments: ['im_00000000000000000000'] }],
      }),
    ).toBe('import_preview_expired');
    await temp.call('vault.lock', {});
    await temp.call('vault.unlock', { passphrase: TEST_PASSPHRASE });
    expect(await temp.codeOf('import.commit', { trajectId, rounds: [round] })).toBe('import_preview_expired');
    expect((await temp.call('traject.show', { id: trajectId })).rounds).toEqual([]);
  });
});

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function cli(args: string[]): Promise<Run> {
  return new Promise((resolvePromise) => {
    const child = execFile(
      process.execPath,
      [CLI_BIN, '--vault', temp.vaultDir, ...args],
      {
        env: { PATH: process.env.PATH, HOME: temp.root, LANG: 'en_GB.UTF-8', PASSIE_PASSPHRASE: TEST_PASSPHRASE },
        timeout: 30_000,
      },
      (error, stdout, stderr) =>
        resolvePromise({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout, stderr }),
    );
    child.stdin?.end();
  });
}

describe('passie-studio import', { timeout: 60_000 }, () => {
  it('imports one round per file, reports the bad ones by sentence and exits 1', async () => {
    const empty = join(temp.root, 'leeg.eml');
    await writeFile(empty, '');
    let human: Run | undefined;
    let machine: Run | undefined;
    await temp.whileClosed(async () => {
      human = await cli([
        'import',
        '--traject',
        trajectId,
        fixturePath('eml/01-danielle-ronde5-plain-utf8-qp.eml'),
        empty,
        fixturePath('docx/joost-brinkhuis-ronde-6.docx'),
      ]);
      machine = await cli([
        '--json',
        'import',
        '--traject',
        trajectId,
        fixturePath('eml/04-joost-ronde5-iso-8859-1-encoded-subject.eml'),
        join(temp.root, 'bestaat-niet.txt'),
      ]);
    });
    expect(human).toMatchObject({
      code: 1,
      stdout: '01-danielle-ronde5-plain-utf8-qp.eml: 2 answers\njoost-brinkhuis-ronde-6.docx: 3 answers\n',
      stderr: 'The file leeg.eml is empty; there is nothing to import.\n1 of the 3 files was not imported.\n',
    });
    expect(machine!.code).toBe(1);
    const output = JSON.parse(machine!.stdout) as {
      rounds: { file: string; id: string; answers: number }[];
      errors: unknown[];
    };
    expect(output).toEqual({
      rounds: [
        { file: '04-joost-ronde5-iso-8859-1-encoded-subject.eml', id: expect.stringMatching(/^rd_/), answers: 2 },
      ],
      errors: [
        {
          file: 'bestaat-niet.txt',
          code: 'import_unreadable',
          message: 'The file bestaat-niet.txt cannot be read; check that the file exists and is accessible.',
          params: { file: 'bestaat-niet.txt' },
        },
      ],
    });
    const dossier = await temp.call('traject.show', { id: trajectId });
    // Numbered by when each was received; which comes first depends on the files' own dates.
    expect(dossier.rounds.map((round) => `${round.source} ${round.answers.length}`).sort()).toEqual([
      'docx 3',
      'email 2',
      'email 2',
    ]);
  });
});
