import { richTextFromPlain } from '../../shared/domain/rich-text';
import { fixtureClients, fixtureJson } from './fixtures';
import type { TempStudio } from './temp-studio';

/** Loads the fixture clients (test/fixtures/clients/*.json) into a studio through its API: client, traject, rounds. */
export async function loadFixtureClients(
  temp: TempStudio,
): Promise<{ name: string; trajectId: string; roundIds: string[] }[]> {
  await temp.call('catalogue.import', fixtureJson('questions.json'));
  const loaded = [];
  for (const { client: fixture } of fixtureClients()) {
    const { id: clientId } = await temp.call('client.add', { name: fixture.name, email: fixture.email });
    const { id: trajectId } = await temp.call('traject.add', {
      clientId,
      title: `Traject ${fixture.name}`,
      goal: fixture.traject.goal,
    });
    const roundIds = [];
    for (const round of fixture.rounds) {
      const view = await temp.call('round.add', {
        trajectId,
        receivedAt: new Date(round.received).toISOString(),
        answers: round.answers.map((answer) => ({
          question: answer.questionId,
          content: richTextFromPlain(answer.text),
        })),
      });
      roundIds.push(view.id);
    }
    loaded.push({ name: fixture.name, trajectId, roundIds });
  }
  return loaded;
}
