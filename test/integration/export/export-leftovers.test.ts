import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PendingExports } from '../../../main/services/export/pending-exports';
import { SealedStore } from '../../../main/services/vault/sealed-store';
import { PENDING_EXPORTS_PATH } from '../../../main/services/vault/vault-layout';
import { TempStudio } from '../../support/temp-studio';

let temp: TempStudio;
beforeEach(async () => {
  temp = await TempStudio.open();
});
afterEach(async () => {
  await temp.dispose();
});

/** The vault's record of export temps, read beside the running studio with a copy of its key. */
function pendingExportsOf(studio: TempStudio): PendingExports {
  const ring = studio.studio.vault.keyRing();
  const epoch = ring.writeEpoch;
  const key = Buffer.from(ring.keyOf(epoch));
  return new PendingExports(new SealedStore(studio.vaultDir, () => ({ writeEpoch: epoch, keyOf: () => key })));
}

describe('the decrypted temp file of an export a crash interrupted', () => {
  it('is recorded in the vault, sealed, while it exists, and removed at the next unlock', async () => {
    const pending = pendingExportsOf(temp);
    const folder = join(temp.root, 'Daniëlle van Dijk');
    await mkdir(folder);
    const target = join(folder, 'dossier.pdf');
    const leftover = `${target}.tmp-0123456789ab`;
    const leftoverFolder = join(folder, 'inzage.tmp-abcdef012345');
    const strangers = [`${target}.tmp-notours`, join(folder, 'eigen-notities.txt')];

    await temp.whileClosed(async () => {
      // What a kill between writing the temp and renaming it leaves: the record, and the plaintext beside the target.
      await pending.add(leftover);
      await pending.add(leftoverFolder);
      await writeFile(leftover, '%PDF canary-klanttekst');
      await mkdir(leftoverFolder);
      await writeFile(join(leftoverFolder, '01-dossier.pdf'), '%PDF canary-klanttekst');
      for (const path of strangers) await writeFile(path, 'van de coach');
      // The record names the client's folder, so it is sealed like every vault file.
      const sealed = await readFile(join(temp.vaultDir, PENDING_EXPORTS_PATH));
      expect(sealed.includes(Buffer.from('Daniëlle'))).toBe(false);
      expect(sealed.includes(Buffer.from('dossier.pdf'))).toBe(false);
    });

    // Unlocked again (whileClosed): the recorded temps are gone, nothing else in the folder was touched.
    expect((await readdir(folder)).sort()).toEqual(['dossier.pdf.tmp-notours', 'eigen-notities.txt']);
    expect(await pendingExportsOf(temp).sweep()).toBe(0);
  });

  it('is never left by the CLI’s own exports, and the record is empty afterwards', async () => {
    const { id: clientId } = await temp.call('client.add', { name: 'Hannah Test' });
    const { id: trajectId } = await temp.call('traject.add', { clientId, title: 'Loopbaan' });
    await temp.call('settings.update', {
      coach: { name: 'Marieke Jansen', practice: 'Praktijk', email: 'm@example.com' },
    });
    const out = join(temp.root, 'uit', 'dossier.pdf');
    await mkdir(join(temp.root, 'uit'));
    const { base64 } = await temp.call('export.dossierPdf', { trajectId, includeNotes: false });
    const written = await temp.studio.dispatchLocal('export.toFile', { path: out, base64 });
    expect(written).toEqual({ ok: true, value: { path: out } });
    expect(await readdir(join(temp.root, 'uit'))).toEqual(['dossier.pdf']);
    expect(await pendingExportsOf(temp).sweep()).toBe(0);
  });
});
