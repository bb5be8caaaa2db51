import { describe, expect, it } from 'vitest';
import { StudioError } from '../../../../shared/api/studio-error';
import { UnlockThrottle } from '../../../../main/services/vault/unlock-throttle';

describe('UnlockThrottle', () => {
  it('allows three failures, then makes each further attempt wait longer, and forgets on success', () => {
    let now = 0;
    const throttle = new UnlockThrottle(() => now);
    for (let i = 0; i < 2; i += 1) {
      throttle.check();
      throttle.failed();
    }
    throttle.check();
    throttle.failed(); // third failure: 1 s
    expect(() => throttle.check()).toThrow(new StudioError('too_many_attempts'));
    now += 1000;
    throttle.check();
    throttle.failed(); // fourth: 2 s
    now += 1999;
    expect(() => throttle.check()).toThrow(StudioError);
    now += 1;
    throttle.check();
    throttle.succeeded();
    throttle.failed();
    throttle.check();
  });

  it('never makes the coach wait more than a minute', () => {
    let now = 0;
    const throttle = new UnlockThrottle(() => now);
    for (let i = 0; i < 40; i += 1) throttle.failed();
    now += 60_000;
    expect(() => throttle.check()).not.toThrow();
  });
});
