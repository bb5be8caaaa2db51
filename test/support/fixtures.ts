// The test fixtures: invented clients, e-mails, Word files and hostile inputs, described in test/fixtures/README.md.
// This is their one root: every test, end-to-end spec and benchmark finds them here, inside the checkout.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const fixturesDir = join(import.meta.dirname, '../fixtures');

/** The full path of a fixture, given relative to test/fixtures (e.g. `eml/01-danielle-ronde5-plain-utf8-qp.eml`). */
export function fixturePath(path: string): string {
  return join(fixturesDir, path);
}

/** A fixture's bytes. */
export function fixture(path: string): Buffer {
  return readFileSync(fixturePath(path));
}

/** A JSON fixture, parsed; its shape is the README's word, so the caller names the part it relies on. */
export function fixtureJson<T>(path: string): T {
  return JSON.parse(readFileSync(fixturePath(path), 'utf8')) as T;
}

/** A client file (`clients/*.json`), as the README's schema describes it. */
export interface FixtureClient {
  name: string;
  email: string;
  language: 'nl' | 'en';
  traject: { id: string; goal: string; startDate: string };
  rounds: { round: number; received: string; answers: { questionId: string; text: string }[] }[];
}

/** Every client file, in file-name order, with its path relative to test/fixtures. */
export function fixtureClients(): { file: string; client: FixtureClient }[] {
  return readdirSync(fixturePath('clients'))
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => ({ file: `clients/${name}`, client: fixtureJson<FixtureClient>(`clients/${name}`) }));
}

/** One entry of expected.json: what a fixture file holds and what an importer should make of it. */
export interface ExpectedFile {
  file: string;
  kind: string;
  name?: string;
  answers?: { questionId: string; words: number }[];
  answerCount?: number;
  attachments?: { filename: string; contentType: string; size: number; answers?: number }[];
  canaries?: string[];
  probes?: { char: string; sample: string }[];
}

export function readExpected(): ExpectedFile[] {
  return fixtureJson<{ files: ExpectedFile[] }>('expected.json').files;
}
