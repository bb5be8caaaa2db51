import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { richTextFromPlain } from '../../shared/domain/rich-text';
import type { TempStudio } from './temp-studio';

export const fixturesDir = join(import.meta.dirname, '../../../shared/fixtures');

interface FixtureClient {
  name: string;
  email: string;
  traject: { goal: string };
  rounds: { round: number; received: string; answers: { questionId: string; text: string }[] }[];
}

export interface ExpectedFile {
  file: string;
  name?: string;
  canaries?: string[];
}

export async function readExpected(): Promise<ExpectedFile[]> {
  return (JSON.parse(await readFile(join(fixturesDir, 'expected.json'), 'utf8')) as { files: ExpectedFile[] }).files;
}

/** Loads ../shared/fixtures/clients/*.json into a studio through its API: client, traject, every round. */
export async function loadFixtureClients(
  temp: TempStudio,
): Promise<{ name: string; trajectId: string; roundIds: string[] }[]> {
  await temp.call('catalogue.import', JSON.parse(await readFile(join(fixturesDir, 'questions.json'), 'utf8')));
  const loaded = [];
  for (const file of (await readdir(join(fixturesDir, 'clients'))).sort()) {
    const fixture = JSON.parse(await readFile(join(fixturesDir, 'clients', file), 'utf8')) as FixtureClient;
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
