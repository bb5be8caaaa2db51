import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Question } from '../../../../shared/domain/catalogue';
import { plainTextOf, type RichDoc } from '../../../../shared/domain/rich-text';
import { ImportService } from '../../../../main/services/import/import-service';
import type { AttachmentStore } from '../../../../main/services/attachments/attachment-store';

export const fixtures = join(import.meta.dirname, '../../../../../shared/fixtures');

export interface ExpectedFile {
  file: string;
  kind: string;
  answers?: { questionId: string; words: number }[];
  answerCount?: number;
  attachments?: { filename: string; contentType: string; size: number; answers?: number }[];
  canaries?: string[];
  probes?: { char: string; sample: string }[];
}

export const expected = JSON.parse(readFileSync(join(fixtures, 'expected.json'), 'utf8')) as {
  files: ExpectedFile[];
};

export const questions: Question[] = (
  JSON.parse(readFileSync(join(fixtures, 'questions.json'), 'utf8')) as { places: { questions: Question[] }[] }
).places.flatMap((place) => place.questions);

export function readFixture(path: string): Buffer {
  return readFileSync(join(fixtures, path));
}

/** An import service for previews only: nothing is committed, so it needs no vault. */
export function previewService(language: 'nl' | 'en' = 'en'): ImportService {
  return new ImportService({
    attachments: {} as AttachmentStore,
    now: () => Date.parse('2026-01-01T12:00:00Z'),
    language: () => language,
    questions: () => Promise.resolve(questions),
    addRound: () => Promise.reject(new Error('not in previews')),
    // No packet key: these previews are of the other sources (packets have tests of their own).
    packets: {
      key: () => Promise.resolve(undefined),
      trajectExists: () => Promise.resolve(false),
      received: () => Promise.resolve(false),
      receive: () => Promise.reject(new Error('not in previews')),
    },
  });
}

export function textOf(docs: RichDoc[]): string {
  return docs.map((doc) => plainTextOf(doc)).join('\n');
}

export const collapse = (text: string) => text.replace(/\s+/g, ' ');

/** Runs one of the fixture generators (no npm packages) into `out`. */
export async function generate(script: string, out: string): Promise<void> {
  await promisify(execFile)(process.execPath, [join(fixtures, 'hostile', script), out], { timeout: 30_000 });
}
