import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { errorMessages } from '../../../shared/i18n/error-messages';
import { fixture } from '../../support/fixtures';
import { TempStudio } from '../../support/temp-studio';
import { fillTraject, MAIL_WITH_ATTACHMENTS, prepareStudio } from './support/archive-fixture';

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

let temp: TempStudio;
let trajects: { name: string; trajectId: string; roundIds: string[] }[];

beforeEach(async () => {
  temp = await TempStudio.open();
  trajects = await prepareStudio(temp);
  // The first traject gets the fixture mail's attachments (a DOCX and a JPEG), the second the same mail, unarchived.
  await fillTraject(temp, trajects[0]!.trajectId, trajects[0]!.roundIds);
  await fillTraject(temp, trajects[1]!.trajectId, trajects[1]!.roundIds);
}, 60_000);
afterEach(async () => {
  await temp.dispose();
});

async function refsOf(trajectId: string) {
  const dossier = await temp.call('traject.show', { id: trajectId });
  return dossier.rounds.flatMap((round) => round.answers.flatMap((answer) => answer.attachments));
}

describe('archive.readAttachment', { timeout: 120_000 }, () => {
  it('reads each attachment of an archived traject from its archive, byte for byte as the client sent it', async () => {
    const { trajectId } = trajects[0]!;
    const refs = await refsOf(trajectId);
    const original = await simpleParser(fixture(MAIL_WITH_ATTACHMENTS));
    expect(refs.map((ref) => ref.mediaType)).toEqual([
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      'image/jpeg',
    ]);
    await temp.call('traject.close', { id: trajectId });
    // The traject folder is gone: whatever is read now comes out of the archive.
    expect(await temp.codeOf('attachment.read', { trajectId, attachmentId: refs[0]!.id })).toBe('traject_archived');

    for (const [index, ref] of refs.entries()) {
      const read = await temp.call('archive.readAttachment', { id: trajectId, attachmentId: ref.id });
      const bytes = Buffer.from(read.base64, 'base64');
      expect(sha256(bytes)).toBe(sha256(original.attachments[index]!.content));
      expect(sha256(bytes)).toBe(ref.sha256);
      expect(read).toEqual({ name: ref.name, mediaType: ref.mediaType, size: ref.size, base64: read.base64 });
    }
  });

  it('names an attachment the archived dossier does not hold, and an archive that is not there', async () => {
    const [archived, active] = trajects;
    const [own] = await refsOf(archived!.trajectId);
    const [others] = await refsOf(active!.trajectId);
    await temp.call('traject.close', { id: archived!.trajectId });

    const madeUp = await temp.dispatch('archive.readAttachment', {
      id: archived!.trajectId,
      attachmentId: 'at_00000000000000000000',
    });
    expect(madeUp).toEqual({
      ok: false,
      error: { code: 'attachment_not_found', message: errorMessages.en.attachment_not_found },
    });
    // Another traject's attachment exists in the vault, but this archive's dossier does not name it.
    expect(await temp.codeOf('archive.readAttachment', { id: archived!.trajectId, attachmentId: others!.id })).toBe(
      'attachment_not_found',
    );
    // An active traject has no archive to read from.
    expect(await temp.codeOf('archive.readAttachment', { id: active!.trajectId, attachmentId: others!.id })).toBe(
      'archive_not_found',
    );
    for (const attachmentId of ['at_../../../vault.json', `${own!.id}x`, '']) {
      expect(await temp.codeOf('archive.readAttachment', { id: archived!.trajectId, attachmentId })).toBe(
        'invalid_request',
      );
    }
    expect(await temp.codeOf('archive.readAttachment', { id: archived!.trajectId, attachmentId: own!.id })).toBe('ok');
  });

  it('hands nothing out of an archive with a flipped byte', async () => {
    const { trajectId } = trajects[0]!;
    const [ref] = await refsOf(trajectId);
    await temp.call('traject.close', { id: trajectId });
    // Opened once for the view (and kept a minute): a change to the file afterwards is still noticed.
    expect(await temp.codeOf('archive.open', { id: trajectId })).toBe('ok');
    const file = join(temp.vaultDir, 'archive', `${trajectId}.passie-archive`);
    const sealed = await readFile(file);
    const flipped = Buffer.from(sealed);
    flipped[flipped.length >> 1]! ^= 0x01;
    await writeFile(file, flipped);
    expect(await temp.codeOf('archive.readAttachment', { id: trajectId, attachmentId: ref!.id })).toBe(
      'archive_damaged',
    );
    await writeFile(file, sealed);
    expect(await temp.codeOf('archive.readAttachment', { id: trajectId, attachmentId: ref!.id })).toBe('ok');
  });
});
