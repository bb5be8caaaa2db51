import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { z } from 'zod';
import { CliFailure } from './cli-io';

const MAX_JSON_BYTES = 20 * 1024 * 1024;

/** Reads and validates a JSON file the coach names, failing with one sentence that names the file. */
export async function readJsonFile<T>(
  path: string,
  schema: z.ZodType<T>,
  sentences: { unreadable: (file: string) => string; invalid: (file: string) => string },
): Promise<T> {
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
  if (!parsed.success) throw new CliFailure(sentences.invalid(file));
  return parsed.data;
}
