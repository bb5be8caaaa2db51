import { PASSIE_KEYS, type PassieKey } from '../../../shared/domain/passie';

/** The editor's node for one PASSIE block; `data-passie-key` in HTML, `attrs.key` in JSON. */
export const PASSIE_SECTION = 'passieSection';

export function isPassieKey(value: unknown): value is PassieKey {
  return typeof value === 'string' && (PASSIE_KEYS as readonly string[]).includes(value);
}
