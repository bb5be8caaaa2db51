import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli as runInProcess } from '../../../main/cli/run-cli';
import { INSTANCE_LOCK } from '../../../main/services/vault/vault-layout';
import { outlookHtml } from '../../support/big-files';
import { CLI_BIN } from '../../support/cli-bin';
import { runCli } from '../../support/run-cli';
import { TEST_PASSPHRASE, TempStudio } from '../../support/temp-studio';
import { richTextFromPlain } from '../../../shared/domain/rich-text';

/** A long answer, different per round, so the dossier PDF takes a moment to lay out. */
const outlookText = (round: number) =>
  Array.from({ length: 60 }, (_, line) => `Regel ${line} van ronde ${round}: wat ik deze week merkte en waarom.`).join(
    '\n',
  );

let temp: TempStudio;
let trajectId: string;
beforeEach(async () => {
  temp = await TempStudio.open();
  const { id: clientId } = await temp.call('client.add', { name: 'Sanne de Boer' });
  trajectId = (await temp.call('traject.add', { clientId, title: 'Loopbaan' })).id;
});
afterEach(() => temp.dispose());

/** The command in this process, its output caught, stderr a terminal or not. */
async function run(args: string[], errIsTerminal: boolean) {
  const io = { out: '', err: '' };
  const code = await runInProcess(['--vault', temp.vaultDir, ...args], {
    out: (text) => (io.out += text),
    err: (text) => (io.err += text),
    env: { PASSIE_PASSPHRASE: TEST_PASSPHRASE, LANG: 'en_GB.UTF-8' },
    errIsTerminal,
  });
  return { code, ...io };
}

const roundsIn = async () => (await temp.call('traject.show', { id: trajectId })).rounds.length;

describe('passie-studio import', () => {
  it('refuses a file imported into the traject before, unless --allow-repeat', async () => {
    const file = join(temp.root, 'antwoord.txt');
    await writeFile(file, 'Wat gaf je energie?\n\nHet zeilen.');
    await temp.whileClosed(async () => {
      expect((await runCli(temp, ['import', '--traject', trajectId, file])).code).toBe(0);
      expect(await runCli(temp, ['import', '--traject', trajectId, file])).toMatchObject({
        code: 1,
        stdout: '',
        stderr:
          'The file antwoord.txt was imported into this traject before (round 1); it was skipped. Use --allow-repeat to import it once more.\n1 of the 1 files was not imported.\n',
      });
      expect(await runCli(temp, ['import', '--allow-repeat', '--traject', trajectId, file])).toMatchObject({
        code: 0,
        stdout: 'antwoord.txt: 1 answer\n',
      });
    });
    expect(await roundsIn()).toBe(2);
  }, 120_000);

  it('draws a progress line on a terminal, and none with --json or when stderr is not a terminal', async () => {
    const file = join(temp.root, 'lang.html');
    await writeFile(file, outlookHtml(2 * 1024 * 1024, { words: 40 }));
    await temp.whileClosed(async () => {
      const terminal = await run(['import', '--allow-repeat', '--traject', trajectId, file], true);
      expect(terminal.code).toBe(0);
      expect(terminal.err).toContain('\r\x1b[2Klang.html (1 of 1): sanitising… ');
      expect(terminal.err.endsWith('\r\x1b[2K')).toBe(true);
      const piped = await run(['import', '--allow-repeat', '--traject', trajectId, file], false);
      expect(piped).toMatchObject({ code: 0, err: '' });
      const json = await run(['--json', 'import', '--allow-repeat', '--traject', trajectId, file], true);
      expect(json).toMatchObject({ code: 0, err: '' });
    });
  }, 180_000);

  it('says what a dossier export and a backup are doing on a terminal, and nothing when piped', async () => {
    await temp.call('settings.update', { coach: { name: 'Mieke Jansen', practice: '', email: '' } });
    const { id: clientId } = await temp.call('client.add', { name: 'Lange Lijst' });
    const longTraject = (await temp.call('traject.add', { clientId, title: 'Lang' })).id;
    for (let round = 0; round < 40; round += 1) {
      await temp.call('round.add', {
        trajectId: longTraject,
        answers: [{ title: `Vraag ${round}`, content: richTextFromPlain(outlookText(round)) }],
      });
    }
    await temp.whileClosed(async () => {
      const pdf = join(temp.root, 'lang.pdf');
      const terminal = await run(['export', 'pdf', '--traject', longTraject, '--out', pdf], true);
      expect(terminal.code, terminal.err).toBe(0);
      const drawn = ['reading the dossier…', 'laying out the pages…', 'signing the PDF…'].map(
        (line) => `\r\x1b[2K${line}`,
      );
      expect(
        drawn.some((line) => terminal.err.includes(line)),
        terminal.err,
      ).toBe(true);
      expect(terminal.err.endsWith('\r\x1b[2K')).toBe(true);
      const backup = await run(['backup', 'create', '--out', join(temp.root, 'backup')], false);
      expect(backup).toMatchObject({ code: 0, err: '' });
    });
  }, 180_000);

  it('stops on Ctrl+C: the file being read is cancelled and nothing is stored', async () => {
    const file = join(temp.root, 'zwaar.html');
    await writeFile(file, outlookHtml(9 * 1024 * 1024, { words: 120 }));
    await temp.whileClosed(async () => {
      const child = spawn(
        process.execPath,
        [CLI_BIN, '--vault', temp.vaultDir, 'import', '--traject', trajectId, file],
        {
          env: { PATH: process.env.PATH, HOME: temp.root, LANG: 'en_GB.UTF-8', PASSIE_PASSPHRASE: TEST_PASSPHRASE },
        },
      );
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
      // Once the command holds the vault (its lock is there), it is past its start and listens for Ctrl+C; unlocking
      // (scrypt) and starting the worker take a few seconds more, and the file then takes far longer.
      const lock = join(temp.vaultDir, INSTANCE_LOCK);
      for (const startedAt = Date.now(); !existsSync(lock);) {
        if (Date.now() - startedAt > 60_000) throw new Error('the import never took the vault');
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      await new Promise((resolve) => setTimeout(resolve, 3_000));
      const interruptedAt = Date.now();
      child.kill('SIGINT');
      expect(await exited).toBe(1);
      expect(Date.now() - interruptedAt).toBeLessThan(5_000);
      expect(stderr).toContain('The import was cancelled; what was already imported stays.');
    });
    expect(await roundsIn()).toBe(0);
  }, 120_000);
});
