import { createHash } from 'node:crypto';
import { copyFile, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../support/run-cli';
import { TempStudio } from '../../support/temp-studio';
import { pdfsig } from '../export/support/pdf-tools';
import { fillTraject, prepareStudio } from './support/archive-fixture';

let temp: TempStudio;
let trajects: { name: string; trajectId: string; roundIds: string[] }[];

const cli = (args: string[]) => runCli(temp, args, {}, { timeoutMs: 90_000 });

beforeAll(async () => {
  temp = await TempStudio.open();
  trajects = await prepareStudio(temp);
  await fillTraject(temp, trajects[0]!.trajectId, trajects[0]!.roundIds);
}, 60_000);
afterAll(async () => {
  await temp.dispose();
});

describe('passie-studio traject close and archive', { timeout: 300_000 }, () => {
  it('closes, lists, verifies, extracts, restores and destroys through the command line', async () => {
    const [first, second] = trajects;
    await temp.whileClosed(async () => {
      const closed = await cli(['--json', 'traject', 'close', first!.trajectId, '--retention-years', '3']);
      expect(closed, closed.stderr).toMatchObject({ code: 0, stderr: '' });
      const { path } = JSON.parse(closed.stdout) as { path: string };
      expect(path).toBe(join(temp.vaultDir, 'archive', `${first!.trajectId}.passie-archive`));

      const listed = await cli(['--json', 'archive', 'list']);
      expect(JSON.parse(listed.stdout)).toEqual([
        expect.objectContaining({ id: first!.trajectId, clientName: first!.name, due: 'active' }),
      ]);

      const verified = await cli(['archive', 'verify', path]);
      expect(verified, verified.stderr).toMatchObject({ code: 0 });
      expect(verified.stdout).toMatch(/^ok — \d+ entries, head [0-9a-f]{64}\n$/);

      // A copy elsewhere is checked for the name it carries; a tampered copy fails with exit 1 and a sentence.
      const copies = join(temp.root, 'usb');
      await mkdir(copies);
      const copy = join(copies, `${first!.trajectId}.passie-archive`);
      await copyFile(path, copy);
      expect((await cli(['archive', 'verify', copy])).code).toBe(0);
      const bytes = await readFile(copy);
      bytes[bytes.length >> 1]! ^= 0x04;
      await writeFile(copy, bytes);
      const bad = await cli(['archive', 'verify', copy]);
      expect(bad).toMatchObject({ code: 1, stdout: '' });
      expect(bad.stderr).toContain('This archive has been changed or damaged');

      const out = join(temp.root, 'extracted');
      const extracted = await cli(['archive', 'extract', path, '--out', out]);
      expect(extracted, extracted.stderr).toMatchObject({ code: 0 });
      expect(extracted.stderr).toContain('NOT encrypted');
      const files = (await readdir(out, { recursive: true })).sort();
      expect(files).toEqual(expect.arrayContaining(['attachments', 'dossier.json', 'dossier.pdf', 'manifest.json']));
      const manifest = JSON.parse(await readFile(join(out, 'manifest.json'), 'utf8')) as {
        entries: { name: string; sha256: string }[];
      };
      for (const entry of manifest.entries) {
        const sha = createHash('sha256')
          .update(await readFile(join(out, ...entry.name.split('/'))))
          .digest('hex');
        expect(sha, entry.name).toBe(entry.sha256);
      }
      const verdict = await pdfsig(join(out, 'dossier.pdf'));
      expect(verdict.validation, verdict.output).toBe('Signature is Valid.');

      const restored = await cli(['--json', 'archive', 'restore', path]);
      expect(restored, restored.stderr).toMatchObject({ code: 0 });
      expect(JSON.parse(restored.stdout)).toMatchObject({ id: first!.trajectId, status: 'closed' });

      expect((await cli(['traject', 'close', second!.trajectId])).code).toBe(0);
      const early = await cli(['archive', 'destroy', second!.trajectId, '--reason', 'test']);
      expect(early.code).toBe(1);
      expect(early.stderr).toContain('must be kept until');
      const forced = await cli(['archive', 'destroy', second!.trajectId, '--reason', 'client asked', '--force']);
      expect(forced, forced.stderr).toMatchObject({ code: 0 });
      expect(JSON.parse((await cli(['--json', 'archive', 'list'])).stdout)).toEqual([]);
    });
  });
});
