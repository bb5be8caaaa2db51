import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outlookHtml } from '../../support/big-files';
import { base64Lines } from '../../support/mail-with-attachments';
import { TempStudio } from '../../support/temp-studio';

let temp: TempStudio;
let trajectId: string;
beforeAll(async () => {
  temp = await TempStudio.open();
  const { id: clientId } = await temp.call('client.add', { name: 'Sanne de Boer' });
  trajectId = (await temp.call('traject.add', { clientId, title: 'Loopbaan' })).id;
});
afterAll(() => temp.dispose());

/** A 50 MB e-mail: 600 kB of HTML as Outlook writes it (the costly part) and an attachment filling the rest. */
function bigHtmlMail(): Buffer {
  const html = outlookHtml(600 * 1024, { wrapped: false });
  const head = [
    'From: Sanne de Boer <sanne.deboer@example.com>',
    'Subject: Antwoorden',
    'Message-ID: <groot-50mb@example.com>',
    'MIME-Version: 1.0',
    'Content-Type: multipart/mixed; boundary="grens"',
    '',
    '--grens',
    'Content-Type: text/html; charset=utf-8',
    'Content-Transfer-Encoding: 8bit',
    '',
    html,
    '--grens',
    'Content-Type: audio/mp4; name="memo.m4a"',
    'Content-Transfer-Encoding: base64',
    'Content-Disposition: attachment; filename="memo.m4a"',
    '',
    '',
  ].join('\r\n');
  const room = 50 * 1000 * 1000 - head.length - 20;
  return Buffer.from(head + base64Lines(randomBytes(Math.floor(room / 78) * 57)) + '\r\n--grens--\r\n', 'latin1');
}

const jobId = (n: number) => `im_${String(n).padStart(20, '0')}`;

// Reading a file used to run on the main thread: a 1 MB HTML e-mail kept every other call (app.status included)
// and the auto-lock waiting for most of a minute. It runs in the import worker now.
describe('an import in progress', () => {
  it('leaves the studio answering: app.status keeps coming back while a 50 MB e-mail is previewed', async () => {
    const mail = bigHtmlMail();
    const started = Date.now();
    let finished = false;
    const preview = temp
      .call('import.preview', {
        trajectId,
        jobId: jobId(1),
        files: [{ name: 'groot.eml', base64: mail.toString('base64') }],
      })
      .finally(() => (finished = true));
    const gaps: number[] = [];
    const progress = [];
    let last = Date.now();
    while (!finished) {
      await temp.call('app.status', {});
      progress.push(await temp.call('import.progress', { jobId: jobId(1) }));
      const now = Date.now();
      gaps.push(now - last);
      last = now;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const { results } = await preview;
    expect(results[0]).toMatchObject({ ok: true, preview: { attachments: [{ name: 'memo.m4a' }] } });
    // The main thread was never held for long: a busy main thread shows as one long gap.
    expect(gaps.length).toBeGreaterThan(5);
    expect(Math.max(...gaps)).toBeLessThan(1_000);
    // What the progress line showed: this file, its size, and what was being done.
    expect(progress.some((step) => step.running && step.current?.stage === 'sanitising')).toBe(true);
    expect(progress.find((step) => step.running)).toMatchObject({ files: 1, filesDone: 0, bytes: mail.length });
    expect(await temp.call('import.progress', { jobId: jobId(1) })).toMatchObject({ running: false });
    expect(Date.now() - started).toBeLessThan(60_000);
  }, 120_000);

  it('can be cancelled by the one who started it: the file stops at once, the ones after it are not read', async () => {
    const html = Buffer.from(outlookHtml(5 * 1024 * 1024, { words: 60 })).toString('base64');
    const preview = temp.call('import.preview', {
      trajectId,
      jobId: jobId(2),
      files: [
        { name: 'lang.html', base64: html },
        { name: 'kort.txt', base64: Buffer.from('Een kort antwoord.').toString('base64') },
      ],
    });
    for (;;) {
      const step = await temp.call('import.progress', { jobId: jobId(2) });
      if (step.current?.stage === 'sanitising') break;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(await temp.call('import.cancel', { jobId: jobId(3) })).toEqual({ cancelled: false });
    const cancelledAt = Date.now();
    expect(await temp.call('import.cancel', { jobId: jobId(2) })).toEqual({ cancelled: true });
    const { results } = await preview;
    expect(Date.now() - cancelledAt).toBeLessThan(2_000);
    expect(results.map((result) => (result.ok ? 'ok' : result.error.code))).toEqual([
      'import_cancelled',
      'import_cancelled',
    ]);
    expect(results[0]).toMatchObject({ error: { message: 'Importing lang.html was cancelled; nothing was saved.' } });
  }, 120_000);
});
