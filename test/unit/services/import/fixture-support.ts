import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { Question } from '../../../../shared/domain/catalogue';
import { plainTextOf, type RichDoc } from '../../../../shared/domain/rich-text';
import { ImportService } from '../../../../main/services/import/import-service';
import type { RunnerLimits } from '../../../../main/services/import/import-runner';
import type { AttachmentStore } from '../../../../main/services/attachments/attachment-store';
import { fixtureJson, fixturePath } from '../../../support/fixtures';

export const questions: Question[] = fixtureJson<{ places: { questions: Question[] }[] }>(
  'questions.json',
).places.flatMap((place) => place.questions);

/** An import service for previews only: nothing is committed, so it needs no vault. */
export function previewService(language: 'nl' | 'en' = 'en', limits: Partial<RunnerLimits> = {}): ImportService {
  return new ImportService(
    {
      attachments: {} as AttachmentStore,
      now: () => Date.parse('2026-01-01T12:00:00Z'),
      language: () => language,
      questions: () => Promise.resolve(questions),
      addRound: () => Promise.reject(new Error('not in previews')),
      trajectFacts: () => Promise.resolve({ rounds: [] }),
      // No packet key: these previews are of the other sources (packets have tests of their own).
      packets: {
        key: () => Promise.resolve(undefined),
        trajectExists: () => Promise.resolve(false),
        received: () => Promise.resolve(false),
        standing: () => Promise.resolve({ kind: 'unknown' }),
        receive: () => Promise.reject(new Error('not in previews')),
      },
    },
    limits,
  );
}

export function textOf(docs: RichDoc[]): string {
  return docs.map((doc) => plainTextOf(doc)).join('\n');
}

export const collapse = (text: string) => text.replace(/\s+/g, ' ');

/** Runs one of the fixture generators (no npm packages) into `out`. */
export async function generate(script: string, out: string): Promise<void> {
  await promisify(execFile)(process.execPath, [fixturePath(`hostile/${script}`), out], { timeout: 30_000 });
}
