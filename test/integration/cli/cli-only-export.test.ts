import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../support/run-cli';
import { pdfsig, pdfText, qpdfCheck } from '../export/support/pdf-tools';

let root: string;
let studio: { root: string; vaultDir: string };

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'passie-cli-only-'));
  studio = { root, vaultDir: join(root, 'vault') };
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

/** One command as a coach's script runs it; `--json` so each step's answer is read, not scraped. */
async function step(args: string[]): Promise<Record<string, unknown>> {
  const result = await runCli(studio, ['--json', ...args]);
  expect(result, `${args.join(' ')}: ${result.stderr}`).toMatchObject({ code: 0, stderr: '' });
  return JSON.parse(result.stdout) as Record<string, unknown>;
}

// No in-process studio anywhere: a new vault (with the real KDF cost) to a signed PDF, with the CLI alone.
describe('a signed dossier PDF with nothing but the CLI', { timeout: 300_000 }, () => {
  it('needs the coach’s name, set with settings set, and then exports a PDF whose signature checks out', async () => {
    expect(String((await step(['vault', 'init'])).recoveryKey)).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){7}$/);
    const clientId = String((await step(['client', 'add', '--name', 'Daniëlle de Vries'])).id);
    const trajectId = String((await step(['traject', 'add', '--client', clientId, '--title', 'Loopbaan'])).id);

    const roundFile = join(root, 'round.json');
    await writeFile(
      roundFile,
      JSON.stringify({
        answers: [{ title: 'Wat wil je kwijt?', text: 'Ik twijfel over een overstap naar het onderwijs.' }],
      }),
    );
    const roundId = String((await step(['round', 'add', '--traject', trajectId, '--from', roundFile])).id);
    const replyFile = join(root, 'reply.json');
    await writeFile(
      replyFile,
      JSON.stringify({
        p_open: 'Wat moedig dat je deze twijfel zo eerlijk opschrijft.',
        a: 'Je verlangt naar werk dat ertoe doet.',
        s1: 'Je twijfelt over een overstap.',
        s2: 'Je noemt vooral wat je zou verliezen.',
        i: 'Wat zou je winnen?',
        e: 'Praat deze week met één leraar.',
        p_close: 'Ik heb er vertrouwen in dat je jouw weg vindt.',
      }),
    );
    await step(['reply', 'draft', '--traject', trajectId, '--round', roundId, '--from', replyFile]);
    await step(['reply', 'send', '--traject', trajectId, '--round', roundId]);

    // The gap this closes: without a name there is no certificate, so no export.
    const pdf = join(root, 'dossier.pdf');
    const nameless = await runCli(studio, ['export', 'pdf', '--traject', trajectId, '--out', pdf]);
    expect(nameless).toEqual({
      code: 1,
      stdout: '',
      stderr: 'Fill in your name in Settings first; that name goes into the signing certificate.\n',
    });

    const settings = await step(['settings', 'set', '--name', 'Marieke Jansen', '--practice', 'Praktijk Jansen']);
    expect(settings.coach).toEqual({ name: 'Marieke Jansen', practice: 'Praktijk Jansen', email: '' });

    expect(await step(['export', 'pdf', '--traject', trajectId, '--out', pdf])).toEqual({ path: pdf });
    expect(await readdir(root)).toContain('dossier.pdf');

    const verdict = await pdfsig(pdf);
    expect(verdict.validation, verdict.output).toBe('Signature is Valid.');
    expect(verdict.wholeDocument, verdict.output).toBe(true);
    const check = await qpdfCheck(pdf);
    expect(check.code, check.stdout + check.stderr).toBe(0);

    const text = await pdfText(pdf);
    expect(text).toContain('Marieke Jansen');
    expect(text).toContain('Praktijk Jansen');
    expect(text).toContain('Ik twijfel over een overstap naar het onderwijs.');
    expect(text).toContain('Ik heb er vertrouwen in dat je jouw weg vindt.');

    const { identity } = (await step(['signing', 'show'])) as { identity: { subject: string } };
    expect(identity.subject).toBe('CN=Marieke Jansen, O=Praktijk Jansen');
  });
});
