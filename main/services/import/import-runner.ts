import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { IMPORT_LIMITS } from '../../../shared/domain/import-limits';
import type { DraftFailure, DraftProgress, DraftRequest, FileDraft } from './file-draft';

/** What the worker says about the file it was given (import-thread.ts). */
export type WorkerMessage =
  | { id: number; type: 'progress'; progress: DraftProgress }
  | { id: number; type: 'done'; draft: FileDraft }
  | { id: number; type: 'failed'; failure: DraftFailure };

export type DraftOutcome =
  | { ok: true; draft: FileDraft }
  | { ok: false; failure: DraftFailure | { code: 'import_cancelled' | 'internal'; params: Record<string, string> } };

export interface RunnerLimits {
  /** Wall time one file may take before its worker is stopped. */
  timeLimitMs: number;
  /** The worker's JavaScript heap (old generation), in MiB. */
  memoryMb: number;
  /** How long an idle worker is kept, warm, for the next file. */
  idleMs: number;
}

interface Task {
  id: number;
  request: DraftRequest;
  onProgress?: (progress: DraftProgress) => void;
  signal?: AbortSignal;
  finish: (outcome: DraftOutcome) => void;
}

const DEFAULT_LIMITS: RunnerLimits = {
  timeLimitMs: IMPORT_LIMITS.workerTimeLimitMs,
  memoryMb: IMPORT_LIMITS.workerMemoryMb,
  idleMs: 60_000,
};

/**
 * The worker's module: beside this one under the same name, from the sources (a tsx loader, import-worker.mjs) as
 * from a bundle (the worker built as import-worker.mjs beside main.mjs or the CLI's bundle).
 */
const WORKER_ENTRY = new URL('./import-worker.mjs', import.meta.url);

const seconds = (ms: number) => `${Math.round(ms / 1000)} s`;

/**
 * Runs the reading of files in one worker thread, one file at a time, off the main thread: the studio answers
 * every other call meanwhile. A file that takes longer than the time limit, or needs more memory than the
 * worker's heap, stops the worker (terminate() ends even a busy thread) and fails with a sentence saying so; the
 * next file gets a fresh worker. An idle worker is kept warm for a while, and never keeps the process alive.
 */
export class ImportRunner {
  private readonly limits: RunnerLimits;
  private worker: Worker | undefined;
  private readonly queue: Task[] = [];
  private current: { task: Task; timer: NodeJS.Timeout } | undefined;
  private idleTimer: NodeJS.Timeout | undefined;
  private nextId = 1;

  constructor(limits: Partial<RunnerLimits> = {}) {
    this.limits = { ...DEFAULT_LIMITS, ...limits };
  }

  /** Reads one file in the worker; resolves with its draft or the reason it has none, never rejects. */
  run(
    request: DraftRequest,
    options: { signal?: AbortSignal; onProgress?: (progress: DraftProgress) => void } = {},
  ): Promise<DraftOutcome> {
    return new Promise((resolve) => {
      const task: Task = { id: this.nextId++, request, ...options, finish: resolve };
      if (options.signal?.aborted) return resolve(cancelled());
      options.signal?.addEventListener('abort', () => this.abort(task), { once: true });
      this.queue.push(task);
      this.next();
    });
  }

  /** Stops the worker and fails every file still waiting (the vault locks, the studio closes). */
  stop(): void {
    for (const task of this.queue.splice(0)) task.finish(cancelled());
    if (this.current) this.end(this.current.task, cancelled());
    this.kill();
  }

  private abort(task: Task): void {
    const queued = this.queue.indexOf(task);
    if (queued >= 0) {
      this.queue.splice(queued, 1);
      task.finish(cancelled());
    } else if (this.current?.task === task) {
      this.end(task, cancelled());
      this.kill();
      this.next();
    }
  }

  private next(): void {
    if (this.current) return;
    const task = this.queue.shift();
    if (!task) return this.idle();
    clearTimeout(this.idleTimer);
    const worker = this.spawn();
    worker.ref();
    const timer = setTimeout(() => {
      this.end(task, failed('import_time_limit', { limit: seconds(this.limits.timeLimitMs) }));
      this.kill();
      this.next();
    }, this.limits.timeLimitMs);
    this.current = { task, timer };
    worker.postMessage({ id: task.id, request: task.request });
  }

  private spawn(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(fileURLToPath(WORKER_ENTRY), {
      resourceLimits: { maxOldGenerationSizeMb: this.limits.memoryMb, maxYoungGenerationSizeMb: 48 },
      // Whatever the libraries print could quote the client's text: it goes nowhere.
      stdout: true,
      stderr: true,
    });
    worker.stdout.resume();
    worker.stderr.resume();
    worker.on('message', (message: WorkerMessage) => {
      const task = this.current?.task;
      if (!task || message.id !== task.id) return;
      if (message.type === 'progress') return task.onProgress?.(message.progress);
      this.end(
        task,
        message.type === 'done' ? { ok: true, draft: message.draft } : { ok: false, failure: message.failure },
      );
      this.next();
    });
    worker.on('error', (error: Error & { code?: string }) => {
      if (this.worker !== worker) return;
      const task = this.current?.task;
      this.worker = undefined;
      if (task) {
        const outOfMemory = error.code === 'ERR_WORKER_OUT_OF_MEMORY';
        this.end(
          task,
          outOfMemory
            ? failed('import_memory_limit', { limit: `${this.limits.memoryMb} MB` })
            : { ok: false, failure: { code: 'internal', params: {} } },
        );
      }
      void worker.terminate();
      this.next();
    });
    worker.on('exit', () => {
      if (this.worker !== worker) return;
      this.worker = undefined;
      const task = this.current?.task;
      if (task) this.end(task, { ok: false, failure: { code: 'internal', params: {} } });
      this.next();
    });
    this.worker = worker;
    return worker;
  }

  private end(task: Task, outcome: DraftOutcome): void {
    if (this.current?.task !== task) return;
    clearTimeout(this.current.timer);
    this.current = undefined;
    task.finish(outcome);
  }

  private kill(): void {
    const worker = this.worker;
    this.worker = undefined;
    clearTimeout(this.idleTimer);
    if (worker) void worker.terminate();
  }

  private idle(): void {
    this.worker?.unref();
    clearTimeout(this.idleTimer);
    this.idleTimer = setTimeout(() => this.kill(), this.limits.idleMs);
    this.idleTimer.unref();
  }
}

function cancelled(): DraftOutcome {
  return { ok: false, failure: { code: 'import_cancelled', params: {} } };
}

function failed(code: DraftFailure['code'], params: Record<string, string>): DraftOutcome {
  return { ok: false, failure: { code, params } };
}
