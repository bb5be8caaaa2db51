import { PASSIE_KEYS, type ReplyBlocks } from '../../../../shared/domain/passie';
import { richTextFromPlain } from '../../../../shared/domain/rich-text';
import { loadFixtureClients } from '../../../support/fixture-clients';
import { fixture } from '../../../support/fixtures';
import { importWhole } from '../../../support/import-whole';
import type { TempStudio } from '../../../support/temp-studio';

export const MAIL_WITH_ATTACHMENTS = 'eml/03-danielle-ronde6-docx-en-jpg-bijlagen.eml';

/** A coach who can sign (the final PDF needs a name), and the fixture clients' trajects. */
export async function prepareStudio(temp: TempStudio) {
  await temp.call('settings.update', {
    coach: { name: 'Marieke Jansen', practice: 'Praktijk Jansen', email: 'marieke@praktijk-jansen.example' },
  });
  return loadFixtureClients(temp);
}

/** Makes a traject's dossier complete: an imported mail with attachments, a sent reply, a draft and a note. */
export async function fillTraject(temp: TempStudio, trajectId: string, roundIds: string[]): Promise<void> {
  await importWhole(temp, trajectId, { name: 'mail.eml', bytes: fixture(MAIL_WITH_ATTACHMENTS) });
  const blocks = Object.fromEntries(
    PASSIE_KEYS.map((key) => [key, richTextFromPlain(`Reactie ${key}: wat mooi dat je dit opschrijft.`)]),
  ) as ReplyBlocks;
  const [first, second] = roundIds;
  if (first) {
    await temp.call('reply.saveDraft', { trajectId, roundId: first, blocks });
    await temp.call('reply.send', { trajectId, roundId: first });
  }
  if (second) await temp.call('reply.saveDraft', { trajectId, roundId: second, blocks });
  await temp.call('traject.addNote', { trajectId, content: richTextFromPlain('Privénotitie van de coach.') });
}
