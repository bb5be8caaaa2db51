import { describe, expect, it } from 'vitest';
import { outlookHtml } from '../../../support/big-files';
import { previewService } from './fixture-support';

const TRAJECT = 'tr_00000000000000000000';

/** The CPU this process spends over `ms` of wall time: a worker still busy would spend most of it. */
async function cpuDuring(ms: number): Promise<number> {
  const before = process.cpuUsage();
  await new Promise((resolve) => setTimeout(resolve, ms));
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

// The reading of a file runs in a worker thread with a time limit and a memory limit: a file past either is
// stopped (the thread terminated, not left running) and refused with one sentence, never a hang or a crash.
describe('the import worker', () => {
  it('stops a file that takes longer than the time limit, and the thread stops with it', async () => {
    const service = previewService('en', { timeLimitMs: 1_000 });
    const result = await service.previewFile(TRAJECT, 'lang.html', Buffer.from(outlookHtml(2 * 1024 * 1024)));
    expect(result).toEqual({
      ok: false,
      file: 'lang.html',
      error: {
        code: 'import_time_limit',
        message:
          'Reading lang.html took longer than 1 s and was stopped; the file is too large or too complex. Split it or save it as plain text.',
        params: { file: 'lang.html', limit: '1 s' },
      },
    });
    expect(await cpuDuring(1_000)).toBeLessThan(500);
  }, 60_000);

  it('stops a file that needs more memory than the worker may have', async () => {
    const service = previewService('nl', { memoryMb: 96 });
    const result = await service.previewFile(TRAJECT, 'zwaar.html', Buffer.from(outlookHtml(9 * 1024 * 1024)));
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'import_memory_limit',
        message:
          'Het lezen van zwaar.html vroeg meer geheugen dan de studio ervoor geeft (96 MB) en is gestopt; splits het bestand of sla het op als platte tekst.',
      },
    });
    // The next file gets a fresh worker.
    const next = await service.previewFile(TRAJECT, 'kort.txt', Buffer.from('Een kort antwoord.'));
    expect(next.ok).toBe(true);
  }, 120_000);
});
