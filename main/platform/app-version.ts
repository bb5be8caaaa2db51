import { readFileSync } from 'node:fs';

/** The studio's version, read once from package.json (the one place it is written). */
export const appVersion: string = (
  JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }
).version;
