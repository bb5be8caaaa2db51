/**
 * Random ids: a two-letter prefix saying what they name, `_`, and 20 base-32 characters (100 random bits). They
 * name files in the vault, so they never carry names. Kept free of zod: the answer packet page checks ids too.
 */
export const ID_PREFIXES = ['cl', 'tr', 'rd', 'an', 'at', 'pa', 'im'] as const;
export type IdPrefix = (typeof ID_PREFIXES)[number];

/** The characters after the prefix, as a regular-expression fragment for patterns that embed an id. */
export const ID_BODY = '[0-9a-z]{20}';

/** The whole id, anchored: `idPattern('tr').test('tr_…')`. */
export function idPattern(prefix: IdPrefix): RegExp {
  return new RegExp(`^${prefix}_${ID_BODY}$`);
}

const ID_ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';

/**
 * A new random id such as `tr_0k3…`: 20 characters of Crockford base 32 from the platform's CSPRNG (Web Crypto, in
 * Node as in the browser), so the studio, the CLI and the screens make them alike.
 */
export function newId<P extends IdPrefix>(prefix: P): `${P}_${string}` {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(20));
  return `${prefix}_${Array.from(bytes, (byte) => ID_ALPHABET[byte & 31]).join('')}`;
}
