import { describe, expect, it } from 'vitest';
import { WorkProgressTracker } from '../../../../main/services/app/work-progress';

describe('the long-work tracker', () => {
  it('says what the running work does, with counts only while the stage has them, and nothing once it ends', async () => {
    const tracker = new WorkProgressTracker();
    expect(tracker.now()).toEqual({});
    const seen: unknown[] = [];
    await tracker.track('backup', async (report) => {
      seen.push(tracker.now());
      report.stage('copying', { done: 3 });
      seen.push(tracker.now());
      report.stage('copying', { done: 4, total: 9 });
      seen.push(tracker.now());
      report.stage('finishing');
      seen.push(tracker.now());
    });
    expect(seen).toEqual([
      { running: { work: 'backup', stage: 'reading' } },
      { running: { work: 'backup', stage: 'copying', done: 3 } },
      { running: { work: 'backup', stage: 'copying', done: 4, total: 9 } },
      { running: { work: 'backup', stage: 'finishing' } },
    ]);
    expect(tracker.now()).toEqual({});
  });

  it('ends the report when the work fails, and lets a later work take it over', async () => {
    const tracker = new WorkProgressTracker();
    await expect(
      tracker.track('export', async (report) => {
        report.stage('signing');
        throw new Error('no certificate');
      }),
    ).rejects.toThrow('no certificate');
    expect(tracker.now()).toEqual({});

    let releaseFirst!: () => void;
    const first = tracker.track('close', (report) => {
      report.stage('archiving');
      return new Promise<void>((resolve) => (releaseFirst = resolve));
    });
    const second = tracker.track('export', async (report) => {
      report.stage('drawing');
      expect(tracker.now()).toEqual({ running: { work: 'export', stage: 'drawing' } });
    });
    await second;
    releaseFirst();
    await first;
    expect(tracker.now()).toEqual({});
  });
});
