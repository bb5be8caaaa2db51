import type { LongWork, WorkProgress, WorkStage } from '../../../shared/domain/work-progress';

/** What a long piece of work tells the tracker as it goes. */
export interface WorkReporter {
  stage: (stage: WorkStage, counts?: { done: number; total?: number }) => void;
}

/** Reports nowhere: for a service used without a tracker (tests, the archive's own final PDF). */
export const SILENT_WORK: WorkReporter = { stage: () => undefined };

/**
 * Where the long pieces of work (export, close and archive, backup, restore) say what they are doing, for the
 * screens (`app.work`, polled) and the command line's progress line. One at a time is what the studio runs; a second
 * started meanwhile takes over the report until it ends.
 */
export class WorkProgressTracker {
  private current: WorkProgress['running'];

  /** Runs `work`, reporting as `kind` until it settles. */
  async track<T>(kind: LongWork, work: (report: WorkReporter) => Promise<T>): Promise<T> {
    const mine = { work: kind, stage: 'reading' as WorkStage } as NonNullable<WorkProgress['running']>;
    this.current = mine;
    const report: WorkReporter = {
      stage: (stage, counts) => {
        if (this.current !== mine) return;
        mine.stage = stage;
        delete mine.done;
        delete mine.total;
        if (counts) Object.assign(mine, counts);
      },
    };
    try {
      return await work(report);
    } finally {
      if (this.current === mine) this.current = undefined;
    }
  }

  now(): WorkProgress {
    return this.current ? { running: { ...this.current } } : {};
  }
}
