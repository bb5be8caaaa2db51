import { describe, expect, it } from 'vitest';
import { formatRecoveryKey, newRecoveryKey, parseRecoveryKey } from '../../../../main/services/vault/recovery-key';

describe('recovery keys', () => {
  it('are 160 random bits shown as eight groups of four Crockford characters', () => {
    const key = newRecoveryKey();
    expect(key).toHaveLength(20);
    const shown = formatRecoveryKey(key);
    expect(shown).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){7}$/);
    expect(newRecoveryKey().equals(key)).toBe(false);
  });

  it('read back as a person types them: case, spaces, dashes and look-alike letters', () => {
    const key = newRecoveryKey();
    const shown = formatRecoveryKey(key);
    const sloppy = ` ${shown.toLowerCase().replace(/-/g, ' ').replace(/0/g, 'o').replace(/1/g, 'l')} `;
    expect(parseRecoveryKey(shown)?.equals(key)).toBe(true);
    expect(parseRecoveryKey(sloppy)?.equals(key)).toBe(true);
  });

  it('refuse what cannot be a recovery key', () => {
    for (const typed of ['', 'ABCD', 'UUUU-UUUU-UUUU-UUUU-UUUU-UUUU-UUUU-UUUU', '!'.repeat(32), 'ABCD-'.repeat(9)]) {
      expect(parseRecoveryKey(typed)).toBeUndefined();
    }
  });
});
