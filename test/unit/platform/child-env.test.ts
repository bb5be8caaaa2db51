import { describe, expect, it } from 'vitest';
import { SECRET_ENV, withoutSecrets } from '../../../main/platform/child-env';

describe('withoutSecrets', () => {
  it('leaves out every secret the command line reads, and nothing else', () => {
    const env = { PATH: '/usr/bin', LANG: 'nl_NL.UTF-8', PASSIE_STUDIO_VAULT: '/v' };
    const secrets = Object.fromEntries(Object.values(SECRET_ENV).map((name) => [name, 'geheim']));
    expect(withoutSecrets({ ...env, ...secrets })).toEqual(env);
    expect(Object.values(SECRET_ENV).sort()).toEqual([
      'PASSIE_NEW_PASSPHRASE',
      'PASSIE_P12_PASSWORD',
      'PASSIE_PASSPHRASE',
      'PASSIE_RECOVERY_KEY',
    ]);
  });

  it('also in another spelling (Windows reads environment names in any case), and adds what the child needs', () => {
    expect(withoutSecrets({ passie_passphrase: 'geheim', HOME: '/h' }, { PASSIE_STUDIO_VAULT: '/v' })).toEqual({
      HOME: '/h',
      PASSIE_STUDIO_VAULT: '/v',
    });
  });
});
