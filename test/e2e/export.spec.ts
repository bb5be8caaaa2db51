import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import type { Download, Page } from '@playwright/test';
import { unzipSync } from 'fflate';
import { PASSIE_KEYS, type ReplyBlocks } from '../../shared/domain/passie';
import { richTextFromPlain } from '../../shared/domain/rich-text';
import { screenshotBoth, seriousViolations } from './support/checks';
import { expect, goTo, openUnlocked, test, type SeededHost } from './support/seeded-studio';

const run = promisify(execFile);
const HANNAH = 'Hannah Whitfield';
const REPLY_CANARY = 'Your kettle story made me smile';

/** Sends a reply to Hannah's last round through the API, as if written in the split view. */
async function sendReply(page: Page, host: SeededHost): Promise<{ trajectId: string; roundId: string }> {
  const client = host.seeded.find((candidate) => candidate.name === HANNAH)!;
  const roundId = client.roundIds.at(-1)!;
  // The certificate is made in the coach's name, so the profile comes first.
  await host.call(page, 'settings.update', {
    coach: { name: 'Marieke Jansen', practice: 'Praktijk Jansen', email: 'marieke@praktijk-jansen.example' },
  });
  const blocks = Object.fromEntries(
    PASSIE_KEYS.map((key) => [key, richTextFromPlain(`${REPLY_CANARY} (${key}) – “geciteerd” café.`)]),
  ) as ReplyBlocks;
  await host.call(page, 'reply.saveDraft', { trajectId: client.trajectId, roundId, blocks });
  await host.call(page, 'reply.send', { trajectId: client.trajectId, roundId, allowEmptyBlocks: false });
  return { trajectId: client.trajectId, roundId };
}

async function savedBytes(download: Promise<Download>): Promise<{ name: string; bytes: Buffer; path: string }> {
  const saved = await download;
  const path = (await saved.path())!;
  return { name: saved.suggestedFilename(), bytes: await readFile(path), path };
}

/** What pdfsig says about a file (it exits 0 whatever it finds, so its words are what count). */
async function signatureReport(path: string): Promise<string> {
  const { stdout } = await run('pdfsig', [path]);
  return stdout;
}

test.describe('signed exports', () => {
  test('exports the dossier and one reply as signed PDFs, and shows the certificate in the settings', async ({
    seededStudio,
    page,
  }) => {
    await page.setViewportSize({ width: 1360, height: 900 });
    await openUnlocked(page, seededStudio, '#/');
    const { trajectId, roundId } = await sendReply(page, seededStudio);

    await goTo(page, `#/trajects/${trajectId}`);
    const card = page.getByRole('region', { name: 'Dossier exporteren' });
    await card.getByRole('checkbox', { name: /privénotities/ }).check();
    const dossierDownload = page.waitForEvent('download');
    await card.getByRole('button', { name: 'Dossier exporteren (ondertekend)' }).click();
    const dossier = await savedBytes(dossierDownload);
    expect(dossier.name).toMatch(/\.pdf$/);
    await expect(card.getByRole('status')).toContainText(dossier.name);
    const report = await signatureReport(dossier.path);
    expect(report).toContain('Signature is Valid.');
    expect(report).toContain('Total document signed');
    const { stdout: text } = await run('pdftotext', [dossier.path, '-']);
    expect(text).toContain(REPLY_CANARY);
    expect(text).toContain('“geciteerd” café');
    expect(await seriousViolations(page)).toEqual([]);

    await goTo(page, `#/trajects/${trajectId}/rounds/${roundId}`);
    const replyDownload = page.waitForEvent('download');
    await page.getByRole('button', { name: 'PDF van deze reactie' }).click();
    const reply = await savedBytes(replyDownload);
    expect(await signatureReport(reply.path)).toContain('Signature is Valid.');
    expect((await run('pdftotext', [reply.path, '-'])).stdout).toContain(REPLY_CANARY);

    await goTo(page, '#/settings');
    const signing = page.getByRole('region', { name: 'Ondertekening' });
    const fingerprint = signing.locator('.signing-details__fingerprint');
    await expect(fingerprint).toHaveText(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
    const certDownload = page.waitForEvent('download');
    await signing.getByRole('button', { name: 'Openbaar certificaat opslaan (.cer)' }).click();
    const cer = await savedBytes(certDownload);
    const { createHash } = await import('node:crypto');
    const digest = createHash('sha256').update(cer.bytes).digest('hex').toUpperCase().match(/../g)!.join(':');
    await expect(fingerprint).toHaveText(digest);
    expect(await seriousViolations(page)).toEqual([]);
    await signing.scrollIntoViewIfNeeded();
    await screenshotBoth(page, 'settings-signing');
  });

  test("makes a client's access request: one zip with a signed PDF per traject", async ({ seededStudio, page }) => {
    await openUnlocked(page, seededStudio, '#/');
    await sendReply(page, seededStudio);
    const client = await seededStudio.call<{ clients: { id: string; name: string }[] }>(page, 'client.list', {});
    const hannah = client.clients.find((candidate) => candidate.name === HANNAH)!;
    await goTo(page, `#/clients/${hannah.id}`);
    const card = page.getByRole('region', { name: 'Inzageverzoek' });
    const download = page.waitForEvent('download');
    await card.getByRole('button', { name: 'Inzagebestand maken' }).click();
    const zip = await savedBytes(download);
    expect(zip.name).toBe('inzageverzoek.zip');
    const entries = unzipSync(new Uint8Array(zip.bytes));
    const pdfs = Object.keys(entries).filter((name) => name.endsWith('.pdf'));
    expect(pdfs.length).toBeGreaterThanOrEqual(1);
    expect(Buffer.from(entries[pdfs[0]!]!).subarray(0, 5).toString()).toBe('%PDF-');
    await run('unzip', ['-tq', zip.path]);
    expect(await seriousViolations(page)).toEqual([]);
  });
});
