import { createHash } from 'node:crypto';
import { execFile } from 'node:child_process';
import { copyFile, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RecentArchive } from '../../../main/services/archive/recent-archive';
import { unseal } from '../../../main/services/vault/sealed-file';
import type { DossierView } from '../../../shared/domain/dossier';
import { richTextFromPlain } from '../../../shared/domain/rich-text';
import { TempStudio } from '../../support/temp-studio';
import { pdfsig } from '../export/support/pdf-tools';
import { fillTraject, prepareStudio } from './support/archive-fixture';

const DAY = 86_400_000;
let clock = Date.parse('2025-03-10T09:00:00Z');
let temp: TempStudio;
let trajects: { name: string; trajectId: string; roundIds: string[] }[];

beforeEach(async () => {
  clock = Date.parse('2025-03-10T09:00:00Z');
  temp = await TempStudio.open({ now: () => clock });
  trajects = await prepareStudio(temp);
  await fillTraject(temp, trajects[0]!.trajectId, trajects[0]!.roundIds);
}, 60_000);
afterEach(async () => {
  await temp.dispose();
});

const archiveFile = (id: string) => join(temp.vaultDir, 'archive', `${id}.passie-archive`);
const exists = (path: string) =>
  stat(path).then(
    () => true,
    () => false,
  );

function unzipTest(path: string): Promise<{ code: number; output: string }> {
  return new Promise((resolveRun) =>
    execFile('/usr/bin/unzip', ['-t', path], (error, stdout, stderr) =>
      resolveRun({ code: error ? Number(error.code ?? -1) : 0, output: `${stdout}${stderr}` }),
    ),
  );
}

/** What must survive a round trip through an archive: everything but the closing itself. */
function content(view: DossierView) {
  const traject: Partial<DossierView['traject']> = { ...view.traject };
  delete traject.status;
  delete traject.closedAt;
  delete traject.archivedAt;
  return { traject, client: view.client, rounds: view.rounds, notes: view.notes };
}

describe('closing and archiving a traject', { timeout: 120_000 }, () => {
  it('closes into one verified archive and restores the same dossier with the same chain head', async () => {
    const { trajectId } = trajects[0]!;
    const before = await temp.call('traject.show', { id: trajectId });
    expect(before.rounds.some((round) => round.answers.some((answer) => answer.attachments.length > 0))).toBe(true);

    const closed = await temp.call('traject.close', { id: trajectId });
    expect(closed).toMatchObject({ id: trajectId, due: 'active', retentionUntil: '2027-03-10T09:00:00.000Z' });
    expect(await exists(join(temp.vaultDir, 'trajects', trajectId))).toBe(false);
    expect(await exists(archiveFile(trajectId))).toBe(true);
    expect(await temp.codeOf('traject.show', { id: trajectId })).toBe('traject_archived');
    const summary = (await temp.call('traject.list', {})).trajects.find((traject) => traject.id === trajectId)!;
    expect(summary).toMatchObject({ status: 'closed', closedAt: '2025-03-10T09:00:00.000Z' });
    expect(summary.archivedAt).toBeDefined();

    const { archives } = await temp.call('archive.list', {});
    expect(archives).toEqual([
      expect.objectContaining({ id: trajectId, clientName: trajects[0]!.name, title: before.traject.title }),
    ]);
    const verified = await temp.call('archive.verify', { id: trajectId });
    expect(verified).toMatchObject({ ok: true, chainHead: closed.chainHead });

    const opened = await temp.call('archive.open', { id: trajectId });
    expect(content(opened)).toEqual(content(before));
    expect(opened.chain).toEqual({ events: before.chain.events + 1, head: closed.chainHead });

    // The archive is a standard zip inside its seal, and its PDF carries a valid signature.
    const zip = unseal(
      temp.studio.vault.key(),
      `archive/${trajectId}.passie-archive`,
      await readFile(archiveFile(trajectId)),
    );
    const zipPath = join(temp.root, 'unsealed.zip');
    await writeFile(zipPath, zip);
    const tested = await unzipTest(zipPath);
    expect(tested.code, tested.output).toBe(0);
    expect(tested.output).toMatch(/attachments\/at_/);
    const pdf = await temp.call('archive.exportPdf', { id: trajectId });
    const pdfPath = join(temp.root, pdf.fileName);
    await writeFile(pdfPath, Buffer.from(pdf.base64, 'base64'));
    const verdict = await pdfsig(pdfPath);
    expect(verdict.validation, verdict.output).toBe('Signature is Valid.');

    await temp.reopen();
    expect((await temp.call('archive.list', {})).archives).toHaveLength(1);
    const restored = await temp.call('archive.restore', { id: trajectId });
    expect(restored).toMatchObject({ id: trajectId, status: 'closed' });
    expect(restored.archivedAt).toBeUndefined();
    expect(await exists(archiveFile(trajectId))).toBe(false);
    expect((await temp.call('archive.list', {})).archives).toEqual([]);

    const after = await temp.call('traject.show', { id: trajectId });
    expect(content(after)).toEqual(content(before));
    expect(after.chain).toEqual(opened.chain);
    expect(await temp.call('traject.verify', { id: trajectId })).toMatchObject({
      ok: true,
      chain: { ok: true, events: opened.chain.events, head: closed.chainHead },
      damagedAttachments: [],
    });
    const attachment = after.rounds.flatMap((round) => round.answers.flatMap((answer) => answer.attachments))[0]!;
    expect((await temp.call('attachment.read', { trajectId, attachmentId: attachment.id })).size).toBe(attachment.size);
    // Read-only: a restored traject stays closed.
    expect(await temp.codeOf('traject.addNote', { trajectId, content: richTextFromPlain('Nog iets') })).toBe(
      'traject_closed',
    );

    // Archiving it again appends nothing to the chain.
    const again = await temp.call('traject.close', { id: trajectId });
    expect(again.chainHead).toBe(closed.chainHead);
    expect(again.closedAt).toBe(closed.closedAt);
  });

  it('keeps an archived traject in the client’s access request: its signed PDF from closing and its attachments', async () => {
    const { trajectId } = trajects[0]!;
    const view = await temp.call('traject.show', { id: trajectId });
    const clientId = view.client.id;
    const refs = view.rounds.flatMap((round) => round.answers.flatMap((answer) => answer.attachments));
    expect(refs.length).toBeGreaterThan(0);
    const second = await temp.call('traject.add', { clientId, title: 'Nazorg' });
    await temp.call('traject.close', { id: trajectId });

    const { files } = await temp.call('export.accessBundle', { clientId });
    const pdfs = files.filter((file) => file.fileName.endsWith('.pdf'));
    expect(pdfs).toHaveLength(2);
    // The archived traject gives the very PDF signed at closing, not a new one.
    const archived = await temp.call('archive.exportPdf', { id: trajectId });
    expect(pdfs.some((file) => file.base64 === archived.base64)).toBe(true);
    const sha256 = (base64: string) => createHash('sha256').update(Buffer.from(base64, 'base64')).digest('hex');
    for (const ref of refs)
      expect(
        files.some((file) => sha256(file.base64) === ref.sha256),
        ref.name,
      ).toBe(true);
    expect(second.id).toMatch(/^tr_/);
  });

  it('takes the retention period from the request or settings, and refuses one outside 1–20 years', async () => {
    await temp.call('settings.update', { retentionYears: 7 });
    const [first, second, third] = trajects;
    expect((await temp.call('traject.close', { id: first!.trajectId })).retentionUntil).toBe(
      '2032-03-10T09:00:00.000Z',
    );
    expect((await temp.call('traject.close', { id: second!.trajectId, retentionYears: 1 })).retentionUntil).toBe(
      '2026-03-10T09:00:00.000Z',
    );
    expect(await temp.codeOf('traject.close', { id: third!.trajectId, retentionYears: 21 })).toBe('invalid_request');
    expect(await temp.codeOf('traject.close', { id: third!.trajectId, retentionYears: 0 })).toBe('invalid_request');
    expect(await temp.codeOf('traject.close', { id: first!.trajectId })).toBe('traject_archived');
  });

  it('groups archives as active, due soon and due by the clock, and destroys only when due or forced', async () => {
    const [first, second] = trajects;
    await temp.call('traject.close', { id: first!.trajectId, retentionYears: 1 });
    await temp.call('traject.close', { id: second!.trajectId, retentionYears: 2 });
    const due = async () =>
      Object.fromEntries((await temp.call('archive.list', {})).archives.map((archive) => [archive.id, archive.due]));
    expect(await due()).toEqual({ [first!.trajectId]: 'active', [second!.trajectId]: 'active' });
    clock = Date.parse('2026-03-10T09:00:00Z') - 30 * DAY;
    expect(await due()).toEqual({ [first!.trajectId]: 'dueSoon', [second!.trajectId]: 'active' });
    expect(await temp.codeOf('archive.destroy', { id: first!.trajectId, reason: 'bewaartermijn' })).toBe(
      'archive_not_due',
    );
    clock = Date.parse('2026-03-10T09:00:00Z');
    expect(await due()).toEqual({ [first!.trajectId]: 'due', [second!.trajectId]: 'active' });

    const copy = join(temp.root, 'kept.passie-archive');
    await copyFile(archiveFile(first!.trajectId), copy);
    // Opened for reading just before: what is destroyed does not stay in memory either.
    await temp.call('archive.open', { id: first!.trajectId });
    const forgotten = vi.spyOn(RecentArchive.prototype, 'forget');
    await temp.call('archive.destroy', { id: first!.trajectId, reason: 'bewaartermijn verstreken' });
    expect(forgotten).toHaveBeenCalled();
    forgotten.mockRestore();
    expect(await exists(archiveFile(first!.trajectId))).toBe(false);
    expect(await temp.codeOf('archive.destroy', { id: second!.trajectId, reason: 'eerder' })).toBe('archive_not_due');
    await temp.call('archive.destroy', { id: second!.trajectId, reason: 'op verzoek van de cliënt', force: true });
    expect((await temp.call('archive.list', {})).archives).toEqual([]);
    const ids = (await temp.call('traject.list', {})).trajects.map((traject) => traject.id);
    expect(ids).not.toContain(first!.trajectId);
    expect(ids).not.toContain(second!.trajectId);

    // A backup restored later brings the file back: the tombstone removes it again at unlock.
    await temp.whileClosed(() => copyFile(copy, archiveFile(first!.trajectId)));
    expect(await exists(archiveFile(first!.trajectId))).toBe(false);
    expect(await temp.codeOf('archive.verify', { id: first!.trajectId })).toBe('archive_not_found');
  });
});

describe('a damaged or foreign archive', { timeout: 120_000 }, () => {
  it('names a flipped byte anywhere, a truncation and another vault, and leaves the rest of the vault alone', async () => {
    const [first, second, third] = trajects;
    await temp.call('traject.close', { id: first!.trajectId });
    await temp.call('traject.close', { id: second!.trajectId });
    const path = archiveFile(first!.trajectId);
    const original = await readFile(path);
    const stillFine = async () => {
      expect(await temp.call('archive.verify', { id: second!.trajectId })).toMatchObject({ ok: true });
      expect((await temp.call('traject.show', { id: third!.trajectId })).traject.status).toBe('active');
    };

    for (const position of [
      0,
      7,
      8,
      12,
      40,
      Math.floor(original.length / 2),
      original.length - 17,
      original.length - 1,
    ]) {
      const tampered = Buffer.from(original);
      tampered[position]! ^= 0x01;
      await writeFile(path, tampered);
      const result = await temp.dispatch('archive.verify', { id: first!.trajectId });
      expect(result.ok, `byte ${position}`).toBe(false);
      if (!result.ok) {
        expect(['archive_damaged', 'archive_other_vault', 'file_too_new'], `byte ${position}`).toContain(
          result.error.code,
        );
        expect(result.error.message).not.toMatch(/\/|Error|at /);
      }
      expect(await temp.codeOf('archive.restore', { id: first!.trajectId })).not.toBe('ok');
      await stillFine();
    }
    // Bytes past the header are covered by AES-GCM: a change there says "changed", not "from elsewhere".
    const middle = Buffer.from(original);
    middle[Math.floor(original.length / 2)]! ^= 0x80;
    await writeFile(path, middle);
    expect(await temp.codeOf('archive.verify', { id: first!.trajectId })).toBe('archive_damaged');

    await writeFile(path, original.subarray(0, original.length - 1000));
    expect(await temp.codeOf('archive.verify', { id: first!.trajectId })).toBe('archive_truncated');
    await writeFile(path, original.subarray(0, 10));
    expect(await temp.codeOf('archive.verify', { id: first!.trajectId })).toBe('archive_truncated');
    await stillFine();

    await writeFile(path, original);
    expect(await temp.call('archive.verify', { id: first!.trajectId })).toMatchObject({ ok: true });

    // An archive copied from another vault, under its own name: a clear "not this vault".
    const other = await TempStudio.open();
    try {
      const [foreign] = await prepareStudio(other);
      await other.call('traject.close', { id: foreign!.trajectId });
      await copyFile(
        join(other.vaultDir, 'archive', `${foreign!.trajectId}.passie-archive`),
        archiveFile(foreign!.trajectId),
      );
      expect(await temp.codeOf('archive.verify', { id: foreign!.trajectId })).toBe('archive_other_vault');
      expect(await temp.codeOf('archive.open', { id: foreign!.trajectId })).toBe('archive_other_vault');
      // ...and one renamed to another archive's name fails too.
      await copyFile(path, archiveFile(second!.trajectId));
      expect(['archive_damaged', 'archive_truncated']).toContain(
        await temp.codeOf('archive.verify', { id: second!.trajectId }),
      );
    } finally {
      await other.dispose();
    }
    expect(await temp.call('archive.verify', { id: first!.trajectId })).toMatchObject({ ok: true });
    expect((await temp.call('traject.show', { id: third!.trajectId })).traject.status).toBe('active');
  });
});
