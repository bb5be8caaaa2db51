import { randomBytes } from 'node:crypto';
import { base32crockford } from '@scure/base';
import type { IdPrefix } from '../../shared/domain/id-pattern';

/** A random id such as `tr_0k3…` (see shared/domain/id-pattern.ts): safe in file names, saying nothing about anyone. */
export function newId<P extends IdPrefix>(prefix: P): `${P}_${string}` {
  return `${prefix}_${base32crockford.encode(randomBytes(13)).toLowerCase().slice(0, 20)}`;
}
