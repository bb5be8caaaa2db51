import { StudioError } from '../../../shared/api/studio-error';

/** Failures allowed before each further attempt must wait, and the longest wait. */
const FREE_ATTEMPTS = 3;
const MAX_DELAY_MS = 60_000;

/**
 * An increasing delay after repeated wrong passphrases: after three, the next attempt waits 1 s, then 2 s, 4 s …
 * up to a minute. scrypt already makes each guess cost; this keeps a guessing script in the open studio slow.
 */
export class UnlockThrottle {
  private failures = 0;
  private notBefore = 0;

  constructor(private readonly now: () => number = Date.now) {}

  /** Throws `too_many_attempts` while the coach must still wait. */
  check(): void {
    if (this.now() < this.notBefore) throw new StudioError('too_many_attempts');
  }

  failed(): void {
    this.failures += 1;
    if (this.failures >= FREE_ATTEMPTS) {
      this.notBefore = this.now() + Math.min(MAX_DELAY_MS, 1000 * 2 ** (this.failures - FREE_ATTEMPTS));
    }
  }

  succeeded(): void {
    this.failures = 0;
    this.notBefore = 0;
  }
}
