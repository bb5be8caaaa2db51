import { randomBytes } from 'node:crypto';
import { base32crockford } from '@scure/base';

/** A random id such as `tr_0k3…`: 100 random bits, safe in file names, saying nothing about anyone. */
export function newId<P extends 'cl' | 'tr' | 'rd' | 'an' | 'at'>(prefix: P): `${P}_${string}` {
  return `${prefix}_${base32crockford.encode(randomBytes(13)).toLowerCase().slice(0, 20)}`;
}
