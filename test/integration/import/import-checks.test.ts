import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { acceptedRound, type ImportPreview } from '../../../shared/domain/import';
import { mailWithAttachments } from '../../support/mail-with-attachments';
import { TempStudio } from '../../support/temp-studio';

let temp: TempStudio;
let trajectId: string;
beforeEach(async () => {
  temp = await TempStudio.open();
  const { id: clientId } = await temp.call('client.add', { name: 'Sanne de Boer', email: 'Sanne.deBoer@example.com' });
  trajectId = (await temp.call('traject.add', { clientId, title: 'Loopbaan' })).id;
});
afterEach(() => temp.dispose());

const mail = (messageId: string, text = 'Wat gaf je energie deze week? Het zeilen.') =>
  mailWithAttachments({
    subject: 'Ronde 2',
    messageId,
    date: 'Tue, 04 Mar 2025 23:41:07 +0100',
    text,
    attachments: [],
  });

async function preview(name: string, bytes: Buffer): Promise<ImportPreview> {
  const { results } = await temp.call('import.preview', {
    trajectId,
    files: [{ name, base64: bytes.toString('base64') }],
  });
  if (!results[0]?.ok) throw new Error(`no preview of ${name}`);
  return results[0].preview;
}

describe('checks of a preview against the traject', () => {
  it('recognises an e-mail imported before (by Message-ID, also when re-sent with other bytes) and says so', async () => {
    const first = await preview('ronde2.eml', mail('ronde2-20250304@mail.example.com'));
    expect(first.repeatOfRound).toBeUndefined();
    await temp.call('import.commit', { trajectId, rounds: [acceptedRound(first)] });
    const { rounds } = await temp.call('traject.show', { id: trajectId });
    expect(rounds[0]!.origin).toMatchObject({ messageId: '<ronde2-20250304@mail.example.com>' });

    const again = await preview('ronde2 (1).eml', mail('ronde2-20250304@mail.example.com', 'Andere tekst.'));
    expect(again.repeatOfRound).toBe(1);
    expect(again.warnings).toContainEqual({
      code: 'repeat_import',
      message:
        'This file was imported into this traject before (round 1); import it again only if that is what you mean to do.',
    });
    // The coach decides: committing it anyway still works.
    expect((await temp.call('import.commit', { trajectId, rounds: [acceptedRound(again)] })).rounds).toHaveLength(1);
  });

  it('recognises the same file (any kind) by its content, and stays quiet for a different one', async () => {
    const text = Buffer.from('Wat gaf je energie deze week?\n\nHet zeilen.');
    await temp.call('import.commit', { trajectId, rounds: [acceptedRound(await preview('a.txt', text))] });
    expect((await preview('kopie.txt', text)).repeatOfRound).toBe(1);
    expect((await preview('b.txt', Buffer.from('Iets anders.'))).repeatOfRound).toBeUndefined();
  });

  it("warns, naming both addresses, when an e-mail does not come from the traject's client", async () => {
    const own = await preview('eigen.eml', mail('a@example.com'));
    expect(own.warnings.map((warning) => warning.code)).not.toContain('sender_not_client');
    const other = mail('b@example.com').toString('latin1').replace('sanne.deboer@example.com', 'iemand@elders.example');
    const foreign = await preview('vreemd.eml', Buffer.from(other, 'latin1'));
    expect(foreign.warnings).toContainEqual({
      code: 'sender_not_client',
      message:
        "This e-mail comes from iemand@elders.example, not from the address of this traject's client (sanne.deboer@example.com); choose the right traject below if it belongs to another.",
    });
  });
});
