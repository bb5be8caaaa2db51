import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { StudioError } from '../../../shared/api/studio-error';
import { type ExportTemps, writeExportFile, writeExportFolder } from '../../../main/platform/export-files';

/** Records the temps as the vault's PendingExports does, and what was recorded at any time. */
function recordingTemps(): ExportTemps & { now: Set<string>; ever: string[] } {
  const now = new Set<string>();
  const ever: string[] = [];
  return {
    now,
    ever,
    add: (temp) => {
      now.add(temp);
      ever.push(temp);
      return Promise.resolve();
    },
    remove: (temp) => {
      now.delete(temp);
      return Promise.resolve();
    },
  };
}
let temps: ReturnType<typeof recordingTemps>;

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'passie-export-files-'));
  temps = recordingTemps();
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function* filesOf(entries: [string, string][], failAfter?: number) {
  for (const [index, [fileName, text]] of entries.entries()) {
    if (failAfter !== undefined && index === failAfter) throw new StudioError('dossier_damaged');
    yield { fileName, bytes: Buffer.from(text) };
  }
}

describe('writing an export file', () => {
  it('writes the file where asked, replacing an older one, and leaves no temp file', async () => {
    const target = join(dir, 'dossier.pdf');
    await writeFile(target, 'oud');
    expect(await writeExportFile(target, Buffer.from('nieuw'), temps)).toBe(target);
    expect(await readFile(target, 'utf8')).toBe('nieuw');
    expect(await readdir(dir)).toEqual(['dossier.pdf']);
    // Its temp was recorded while it could exist, and forgotten once it was renamed into place.
    expect(temps.ever).toEqual([expect.stringMatching(/dossier\.pdf\.tmp-[0-9a-f]{12}$/)]);
    expect(temps.now.size).toBe(0);
  });

  it('fails with a plain error, and cleans up, when the place cannot be written', async () => {
    const error = await writeExportFile(join(dir, 'bestaat-niet', 'x.pdf'), Buffer.from('x'), temps).catch(
      (e: unknown) => e,
    );
    expect(error).toMatchObject({ code: 'export_target_unwritable' });
    // A folder where the file should go: the rename fails after the temp file was written.
    await mkdir(join(dir, 'is-een-map'));
    await writeFile(join(dir, 'is-een-map', 'binnen'), 'x');
    const second = await writeExportFile(join(dir, 'is-een-map'), Buffer.from('x'), temps).catch((e: unknown) => e);
    expect(second).toMatchObject({ code: 'export_target_unwritable' });
    expect((await readdir(dir)).filter((name) => name.includes('.tmp-'))).toEqual([]);
  });
});

describe('writing an export folder', () => {
  it('creates the folder with every file', async () => {
    const target = join(dir, 'inzage');
    const written = await writeExportFolder(
      target,
      filesOf([
        ['01-a.pdf', 'a'],
        ['01-a-ronde-1-foto.jpg', 'b'],
      ]),
      temps,
    );
    expect(written.files).toEqual(['01-a.pdf', '01-a-ronde-1-foto.jpg']);
    expect((await readdir(target)).sort()).toEqual(['01-a-ronde-1-foto.jpg', '01-a.pdf']);
    expect(await readdir(dir)).toEqual(['inzage']);
  });

  it('fills an existing empty folder, and refuses one with files in it', async () => {
    const empty = join(dir, 'leeg');
    await mkdir(empty);
    await writeExportFolder(empty, filesOf([['x.pdf', 'x']]), temps);
    expect(await readdir(empty)).toEqual(['x.pdf']);
    const refused = await writeExportFolder(empty, filesOf([['y.pdf', 'y']]), temps).catch((e: unknown) => e);
    expect(refused).toMatchObject({ code: 'export_folder_not_empty', params: { folder: 'leeg' } });
    expect(await readdir(empty)).toEqual(['x.pdf']);
  });

  it('leaves nothing behind when making the files fails half-way', async () => {
    const target = join(dir, 'half');
    const error = await writeExportFolder(
      target,
      filesOf(
        [
          ['a.pdf', 'a'],
          ['b.pdf', 'b'],
        ],
        1,
      ),
      temps,
    ).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'dossier_damaged' });
    expect(await readdir(dir)).toEqual([]);
    expect(temps.ever).toHaveLength(1);
    expect(temps.now.size).toBe(0);
  });

  it('refuses a file name that is a path', async () => {
    const error = await writeExportFolder(join(dir, 'p'), filesOf([['../ontsnapt.pdf', 'x']]), temps).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(StudioError);
    expect(await readdir(dir)).toEqual([]);
  });
});
