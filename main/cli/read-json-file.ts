import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { z } from 'zod';
import { CliFailure } from './cli-io';

const MAX_JSON_BYTES = 20 * 1024 * 1024;

export interface JsonFileSentences {
  unreadable: (file: string) => string;
  invalid: (file: string) => string;
  /** A text longer than its limit, said with the limit: `where` is the path to it (["answers", 1, "text"]). */
  tooLong?: (file: string, where: PropertyKey[], max: number) => string;
}

/** Reads and validates a JSON file the coach names, failing with one sentence that names the file. */
export async function readJsonFile<T>(path: string, schema: z.ZodType<T>, sentences: JsonFileSentences): Promise<T> {
  const file = basename(path);
  let text: string;
  try {
    if ((await stat(path)).size > MAX_JSON_BYTES) throw new CliFailure(sentences.invalid(file));
    text = await readFile(path, 'utf8');
  } catch (error) {
    if (error instanceof CliFailure) throw error;
    throw new CliFailure(sentences.unreadable(file));
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    throw new CliFailure(sentences.invalid(file));
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const tooLong = parsed.error.issues.find((issue) => issue.code === 'too_big' && issue.origin === 'string');
    if (tooLong?.code === 'too_big' && sentences.tooLong) {
      throw new CliFailure(sentences.tooLong(file, tooLong.path, Number(tooLong.maximum)));
    }
    throw new CliFailure(sentences.invalid(file));
  }
  return parsed.data;
}
