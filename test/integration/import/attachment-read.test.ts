import { createHash } from 'node:crypto';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seal, sealStamp } from '../../../main/services/vault/sealed-file';
import { CatalogueSchema } from '../../../shared/domain/catalogue';
import type { ImportPreview } from '../../../shared/domain/import';
import { errorMessages } from '../../../shared/i18n/error-messages';
import { importWhole } from '../../support/import-whole';
import { TempStudio } from '../../support/temp-studio';
import { fixture, fixtureJson } from '../../support/fixtures';

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** A Word document with the answers and a photo (a baseline JPEG), as the client attached them. */
const MAIL = 'eml/03-danielle-ronde6-docx-en-jpg-bijlagen.eml';
const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const TITLE = 'Werk na burn-out';

let temp: TempStudio;
let trajectId: string;
beforeEach(async () => {
  temp = await TempStudio.open();
  const catalogue = CatalogueSchema.parse(fixtureJson('questions.json'));
  await temp.call('catalogue.import', catalogue);
  trajectId = await newTraject('Daniëlle van Dijk-Ramdin', TITLE);
});
afterEach(async () => {
  await temp.dispose();
});

async function newTraject(client: string, title: string): Promise<string> {
  const { id: clientId } = await temp.call('client.add', { name: client });
  return (await temp.call('traject.add', { clientId, title })).id;
}

/** Previews the mail for the traject and commits it whole, attachments included. */
async function importMail(traject: string, path: string): Promise<ImportPreview> {
  const { preview } = await importWhole(temp, traject, { name: 'mail.eml', bytes: fixture(path) });
  return preview;
}

async function storedRefs(traject: string) {
  const dossier = await temp.call('traject.show', { id: traject });
  return dossier.rounds.flatMap((round) => round.answers.flatMap((answer) => answer.attachments));
}

const attachmentFile = (traject: string, attachmentId: string) =>
  join(temp.vaultDir, 'trajects', traject, 'attachments', `${attachmentId}.psv`);

describe('attachment.read', () => {
  it('gives back each imported attachment byte for byte, with the name and type the dossier recorded', async () => {
    const preview = await importMail(trajectId, MAIL);
    const original = await simpleParser(fixture(MAIL));
    const refs = await storedRefs(trajectId);
    expect(refs.map((ref) => [ref.name, ref.mediaType])).toEqual([
      ['Antwoorden ronde 6 – Daniëlle.docx', DOCX_TYPE],
      ['mijn-plek.jpg', 'image/jpeg'],
    ]);

    for (const [index, ref] of refs.entries()) {
      const read = await temp.call('attachment.read', { trajectId, attachmentId: ref.id });
      const bytes = Buffer.from(read.base64, 'base64');
      expect(sha256(bytes)).toBe(preview.attachments[index]!.sha256);
      expect(bytes.equals(original.attachments[index]!.content)).toBe(true);
      expect(read).toMatchObject({
        name: preview.attachments[index]!.name,
        mediaType: preview.attachments[index]!.mediaType,
        size: original.attachments[index]!.size,
      });
    }
    // The fixture's own description of the photo: a 1529-byte JPEG.
    const photo = await temp.call('attachment.read', { trajectId, attachmentId: refs[1]!.id });
    expect(photo.size).toBe(1529);
    expect(Buffer.from(photo.base64, 'base64').subarray(0, 3)).toEqual(Buffer.from([0xff, 0xd8, 0xff]));
  });

  it('reads only what this traject’s dossier names: not another traject’s, a made-up or a malformed id', async () => {
    await importMail(trajectId, MAIL);
    const otherTraject = await newTraject('Hannah Whitfield', 'Finding my feet');
    await importMail(otherTraject, MAIL);
    const [own] = await storedRefs(trajectId);
    const [others] = await storedRefs(otherTraject);

    expect(await temp.codeOf('attachment.read', { trajectId, attachmentId: own!.id })).toBe('ok');
    expect(await temp.codeOf('attachment.read', { trajectId: otherTraject, attachmentId: others!.id })).toBe('ok');
    // The other traject's file exists in the vault, but this traject's dossier does not name it.
    expect(await temp.codeOf('attachment.read', { trajectId, attachmentId: others!.id })).toBe('attachment_not_found');
    expect(await temp.codeOf('attachment.read', { trajectId: otherTraject, attachmentId: own!.id })).toBe(
      'attachment_not_found',
    );
    const madeUp = await temp.dispatch('attachment.read', { trajectId, attachmentId: 'at_00000000000000000000' });
    expect(madeUp).toEqual({
      ok: false,
      error: { code: 'attachment_not_found', message: errorMessages.en.attachment_not_found },
    });
    expect(await temp.codeOf('attachment.read', { trajectId: 'tr_00000000000000000000', attachmentId: own!.id })).toBe(
      'traject_not_found',
    );

    for (const attachmentId of ['at_../../../vault.json', `../${own!.id}`, own!.id.toUpperCase(), '', `${own!.id}x`]) {
      expect(await temp.codeOf('attachment.read', { trajectId, attachmentId })).toBe('invalid_request');
    }
    expect(await temp.codeOf('attachment.read', { trajectId: `../${trajectId}`, attachmentId: own!.id })).toBe(
      'invalid_request',
    );
    // Name and type come from the dossier, so a request cannot bring its own.
    const smuggled = { trajectId, attachmentId: own!.id, name: 'factuur.exe' };
    expect(await temp.codeOf('attachment.read', smuggled as never)).toBe('invalid_request');
  });

  it('refuses a sealed attachment with a flipped byte, or with other bytes inside, instead of handing them over', async () => {
    await importMail(trajectId, MAIL);
    const [docx, photo] = await storedRefs(trajectId);
    const photoFile = attachmentFile(trajectId, photo!.id);
    const sealed = await readFile(photoFile);

    const flipped = Buffer.from(sealed);
    flipped[flipped.length >> 1]! ^= 0x01;
    await writeFile(photoFile, flipped);
    const damaged = await temp.dispatch('attachment.read', { trajectId, attachmentId: photo!.id });
    // Named by the attachment and its traject; the rest of the dossier still opens, and verifying it names the file.
    expect(damaged).toMatchObject({ ok: false, error: { code: 'attachment_damaged' } });
    expect(damaged.ok || damaged.error.message).toContain(`“${photo!.name}” of “${TITLE}”`);
    expect((await temp.dispatch('traject.show', { id: trajectId })).ok).toBe(true);
    expect(await temp.call('traject.verify', { id: trajectId })).toMatchObject({
      ok: false,
      chain: { ok: true },
      attachments: 2,
      damagedAttachments: [{ id: photo!.id, name: photo!.name }],
    });

    // Sealed correctly with the vault's key, but not the bytes that were imported: the SHA-256 tells.
    const vaultPath = `trajects/${trajectId}/attachments/${photo!.id}.psv`;
    const newer = { epoch: 0, counter: sealStamp(sealed).counter + 1 };
    await writeFile(photoFile, seal(temp.studio.vault.key(), vaultPath, Buffer.from('andere bytes'), newer));
    expect(await temp.codeOf('attachment.read', { trajectId, attachmentId: photo!.id })).toBe('attachment_damaged');

    // Gone: named the same way, and the vault's ledger records it as missing.
    await rm(photoFile);
    expect(await temp.codeOf('attachment.read', { trajectId, attachmentId: photo!.id })).toBe('attachment_damaged');
    expect((await temp.call('vault.check', {})).damage).toEqual([{ file: vaultPath, problem: 'missing' }]);

    // One damaged attachment leaves the rest readable.
    expect(await temp.codeOf('attachment.read', { trajectId, attachmentId: docx!.id })).toBe('ok');
    await writeFile(photoFile, sealed);
    expect(await temp.codeOf('attachment.read', { trajectId, attachmentId: photo!.id })).toBe('ok');
    expect(await temp.call('traject.verify', { id: trajectId })).toMatchObject({ ok: true, damagedAttachments: [] });
  });
});
