import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../support/run-cli';
import { TempStudio } from '../../support/temp-studio';

let temp: TempStudio;
let trajectId: string;
beforeEach(async () => {
  temp = await TempStudio.open();
  const { id: clientId } = await temp.call('client.add', { name: 'Sanne de Boer' });
  trajectId = (await temp.call('traject.add', { clientId, title: 'Loopbaan' })).id;
});
afterEach(() => temp.dispose());

// A text over the rich-text limit used to be "not the expected content", as if the file were of the wrong kind.
describe('a text longer than the rich-text limit', () => {
  it('is refused naming the answer or block and the limit of 200,000 characters', async () => {
    const round = join(temp.root, 'ronde.json');
    await writeFile(
      round,
      JSON.stringify({
        answers: [
          { title: 'Kort', text: 'Ja.' },
          { title: 'Lang', text: 'x'.repeat(200_001) },
        ],
      }),
    );
    const reply = join(temp.root, 'reactie.json');
    await writeFile(reply, JSON.stringify({ p_open: 'Mooi.', s1: 'y'.repeat(200_001) }));
    await temp.whileClosed(async () => {
      expect(await runCli(temp, ['round', 'add', '--traject', trajectId, '--from', round])).toMatchObject({
        code: 1,
        stderr:
          'Answer 2 in ronde.json is longer than 200,000 characters, the most one text may hold; shorten it or split it.\n',
      });
      expect(
        await runCli(
          temp,
          ['reply', 'draft', '--traject', trajectId, '--round', 'rd_00000000000000000000', '--from', reply],
          {
            LANG: 'nl_NL.UTF-8',
          },
        ),
      ).toMatchObject({
        code: 1,
        stderr:
          'Blok s1 in reactie.json is langer dan 200.000 tekens, het maximum voor één tekst; kort het in of verdeel het.\n',
      });
    });
  }, 60_000);
});
