/**
 * Runs pieces of work one after another, in the order they were asked for; a failure ends only its own piece. For
 * a read-then-write of one file that two callers must never interleave.
 */
export class OneAtATime {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(work: () => Promise<T>): Promise<T> {
    const running = this.tail.then(work);
    this.tail = running.catch(() => undefined);
    return running;
  }
}
