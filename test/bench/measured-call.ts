// Time and peak memory of one call, for the bench rows that report how much RAM a heavy operation needs (an
// import of a 30 MB e-mail, a signed 150-page PDF, closing a traject with 50 MB of attachments).
import { readFileSync, writeFileSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { summarise } from './measure';

/** A forced full GC, so the RSS before a call does not carry the previous run's garbage; a no-op where V8 refuses. */
export function collector(): () => void {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as (() => void) | undefined;
  return typeof gc === 'function' ? gc : () => undefined;
}

/** Linux: writing 5 to clear_refs resets VmHWM (the peak RSS) to the current RSS, so the peak of one call is exact. */
function resetPeak(): boolean {
  try {
    writeFileSync('/proc/self/clear_refs', '5');
    return true;
  } catch {
    return false;
  }
}

function peakSinceReset(): number | undefined {
  try {
    const match = /^VmHWM:\s+(\d+) kB$/m.exec(readFileSync('/proc/self/status', 'utf8'));
    return match ? Number(match[1]) * 1024 : undefined;
  } catch {
    return undefined;
  }
}

export interface Measured<T> {
  ms: number;
  /** RSS just before the call (after the GC), in bytes. */
  before: number;
  /** Peak RSS of the whole process during the call, in bytes. */
  peak: number;
  /** True when the peak came from the kernel's reset high-water mark, not only from sampling. */
  exact: boolean;
  value: T;
}

/**
 * Times `once` and tracks its peak RSS: from the kernel's high-water mark when it can be reset, and from
 * `process.memoryUsage().rss` sampled every 2 ms as well (the sampler alone misses peaks inside synchronous work).
 */
export async function measured<T>(gc: () => void, once: () => Promise<T>): Promise<Measured<T>> {
  gc();
  const before = process.memoryUsage().rss;
  let sampled = before;
  const sampler = setInterval(() => {
    sampled = Math.max(sampled, process.memoryUsage().rss);
  }, 2);
  const exact = resetPeak();
  const started = performance.now();
  try {
    const value = await once();
    const ms = performance.now() - started;
    const peak = Math.max(sampled, process.memoryUsage().rss, (exact ? peakSinceReset() : undefined) ?? 0);
    return { ms, before, peak, exact, value };
  } finally {
    clearInterval(sampler);
  }
}

const MiB = 1024 * 1024;
export const mib = (bytes: number) => `${(bytes / MiB).toFixed(bytes < 10 * MiB ? 1 : 0)} MiB`;

/** How the peaks of a row's runs were taken, said once in its note. */
export function peakMethod(samples: readonly { exact: boolean }[]): string {
  return samples.every((sample) => sample.exact)
    ? 'VmHWM reset through /proc/self/clear_refs before the call'
    : 'rss sampled every 2 ms, may miss short peaks';
}

/** "peak RSS +X median, +Y max over the RSS just before the call (…)": the memory the call itself added. */
export function peakNote(samples: readonly Measured<unknown>[]): string {
  const deltas = samples.map((sample) => sample.peak - sample.before);
  return `peak RSS +${mib(summarise(deltas).median)} median, +${mib(Math.max(...deltas))} max over the RSS just before the call (after a forced GC; ${peakMethod(samples)})`;
}
