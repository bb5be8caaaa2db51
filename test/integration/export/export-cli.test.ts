import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSIE_KEYS, type ReplyBlocks } from '../../../shared/domain/passie';
import { richTextFromPlain } from '../../../shared/domain/rich-text';
import { runCli } from '../../support/run-cli';
import { TempStudio } from '../../support/temp-studio';
import { pdfsig, pdfText } from './support/pdf-tools';

let temp: TempStudio;
let out: string;
let clientId: string;
let trajectId: string;
let roundId: string;

const cli = (args: string[], env: NodeJS.ProcessEnv = {}) => runCli(temp, args, env);

beforeAll(async () => {
  // Set up in-process (a cheap KDF), then every command below runs as a coach's shell would run it.
  temp = await TempStudio.open();
  out = join(temp.root, 'out');
  await mkdir(out);
  await temp.call('settings.update', {
    coach: { name: 'Marieke Jansen', practice: 'Praktijk Jansen', email: 'marieke@praktijk-jansen.example' },
  });
  // The coach works in English (the CLI speaks it); the client reads Dutch, so the PDFs are Dutch.
  clientId = (await temp.call('client.add', { name: 'Daniëlle Test', language: 'nl' })).id;
  trajectId = (await temp.call('traject.add', { clientId, title: 'Loopbaan 2025' })).id;
  roundId = (
    await temp.call('round.add', {
      trajectId,
      answers: [{ title: 'Wat wil je kwijt?', content: richTextFromPlain('Een tafelkleed met citroentjes – €5.') }],
    })
  ).id;
  const blocks = Object.fromEntries(
    PASSIE_KEYS.map((key) => [key, richTextFromPlain(`Reactieblok ${key}.`)]),
  ) as ReplyBlocks;
  await temp.call('reply.saveDraft', { trajectId, roundId, blocks });
  await temp.call('reply.send', { trajectId, roundId });
  await temp.call('traject.addNote', { trajectId, content: richTextFromPlain('Notitie voor mezelf.') });
}, 60_000);

afterAll(async () => {
  await temp.dispose();
});

describe('passie-studio export and signing', { timeout: 120_000 }, () => {
  it('exports the signed dossier PDF to the file asked for, and nothing else', async () => {
    const target = join(out, 'dossier.pdf');
    await temp.whileClosed(async () => {
      const result = await cli(['--json', 'export', 'pdf', '--traject', trajectId, '--out', target, '--notes']);
      expect(result, result.stderr).toMatchObject({ code: 0, stderr: '' });
      expect(JSON.parse(result.stdout)).toEqual({ path: target });

      const verdict = await pdfsig(target);
      expect(verdict.validation, verdict.output).toBe('Signature is Valid.');
      expect(verdict.wholeDocument).toBe(true);
      const text = await pdfText(target);
      expect(text).toContain('Een tafelkleed met citroentjes – €5.');
      expect(text).toContain('Reactieblok p_close.');
      expect(text).toContain('Notitie voor mezelf.');
      expect(await readdir(out)).toEqual(['dossier.pdf']);

      const shown = await cli(['--json', 'signing', 'show']);
      const { identity } = JSON.parse(shown.stdout) as { identity: { fingerprintSha256: string; subject: string } };
      expect(identity.subject).toBe('CN=Marieke Jansen, O=Praktijk Jansen');
      const cer = join(out, 'coach.cer');
      expect((await cli(['signing', 'export-cert', '--out', cer])).stdout).toBe(`Saved to ${cer}\n`);
      const fingerprint = createHash('sha256')
        .update(await readFile(cer))
        .digest('hex')
        .toUpperCase()
        .match(/../g)!
        .join(':');
      expect(identity.fingerprintSha256).toBe(fingerprint);
      expect(await pdfText(target)).toContain(fingerprint.split(':').slice(0, 16).join(':'));
    });
  });

  it('exports an access bundle into a new folder, never into a full one', async () => {
    await temp.whileClosed(async () => {
      const folder = join(out, 'inzage');
      const bundle = await cli(['--json', 'export', 'access', '--client', clientId, '--out', folder]);
      expect(bundle, bundle.stderr).toMatchObject({ code: 0 });
      expect(JSON.parse(bundle.stdout)).toEqual({ path: folder, files: ['01-loopbaan-2025.pdf'] });
      expect(await readdir(folder)).toEqual(['01-loopbaan-2025.pdf']);
      expect(await pdfText(join(folder, '01-loopbaan-2025.pdf'))).not.toContain('Notitie voor mezelf.');

      const again = await cli(['export', 'access', '--client', clientId, '--out', folder]);
      expect(again).toMatchObject({ code: 1, stdout: '' });
      expect(again.stderr).toBe('The folder inzage already exists and is not empty; choose a new or empty folder.\n');
    });
  });

  it('says plainly what is wrong: an unwritable place, a wrong PKCS#12 password', async () => {
    await temp.whileClosed(async () => {
      const nowhere = await cli(['export', 'pdf', '--traject', trajectId, '--out', join(out, 'geen', 'map', 'x.pdf')]);
      expect(nowhere).toMatchObject({ code: 1, stdout: '' });
      expect(nowhere.stderr).toBe('That location cannot be written to; choose another folder or file name.\n');

      const p12 = join(temp.root, 'coach.p12');
      await writeFile(p12, Buffer.from('geen echt pkcs12-bestand'));
      const invalid = await cli(['signing', 'import', '--p12', p12, '--replace'], { PASSIE_P12_PASSWORD: 'fout' });
      expect(invalid.code).toBe(1);
      expect(invalid.stderr).toContain('PKCS#12');
      expect((await readdir(join(out, '..'))).filter((name) => name.includes('.tmp-'))).toEqual([]);
    });
  });
});
