import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SealedStore } from '../../../main/services/vault/sealed-store';
import { PASSIE_KEYS, type ReplyBlocks } from '../../../shared/domain/passie';
import { richTextFromPlain } from '../../../shared/domain/rich-text';
import { loadFixtureClients } from '../../support/fixture-clients';
import { fixture, readExpected } from '../../support/fixtures';
import { importWhole } from '../../support/import-whole';
import { TempStudio } from '../../support/temp-studio';
import { pdfPages, pdfsig, pdfText, qpdfCheck, saveExport } from './support/pdf-tools';
import { dossierPath } from '../../../main/services/vault/vault-layout';

const DIACRITICS = 'Naïef? Nee: “zó” – ‘echt’ € 12,50 voor drieën, één café.';
const DRAFT_TEXT = 'CONCEPTTEKST-NOOIT-IN-PDF';
const NOTE_TEXT = 'PRIVENOTITIE-ALLEEN-VOOR-COACH';

/** Reply text that names its block and round, so a PDF can be checked block by block. */
function blocksFor(client: number, round: number): ReplyBlocks {
  return Object.fromEntries(
    PASSIE_KEYS.map((key) => [key, richTextFromPlain(`Blok-${key}-c${client}-r${round}. ${DIACRITICS}`)]),
  ) as ReplyBlocks;
}

let temp: TempStudio;
let out: string;
let loaded: Awaited<ReturnType<typeof loadFixtureClients>>;
/** The Dutch dossier PDF of each fixture client, without notes, as files on disk. */
const dossiers: string[] = [];

beforeAll(async () => {
  temp = await TempStudio.open();
  out = join(temp.root, 'out');
  await mkdir(out);
  await temp.call('settings.update', {
    coach: { name: 'Marieke Jansen', practice: 'Praktijk Jansen', email: 'marieke@praktijk-jansen.example' },
    language: 'nl',
  });
  loaded = await loadFixtureClients(temp);
  for (const [client, { trajectId, roundIds }] of loaded.entries()) {
    // Every round but the last gets a sent reply; the last keeps a draft that must never be printed.
    for (const [index, roundId] of roundIds.entries()) {
      if (index < roundIds.length - 1) {
        await temp.call('reply.saveDraft', { trajectId, roundId, blocks: blocksFor(client, index + 1) });
        await temp.call('reply.send', { trajectId, roundId });
      } else {
        const draft = { ...blocksFor(client, index + 1), p_open: richTextFromPlain(DRAFT_TEXT) };
        await temp.call('reply.saveDraft', { trajectId, roundId, blocks: draft });
      }
    }
  }
  await temp.call('traject.addNote', { trajectId: loaded[0]!.trajectId, content: richTextFromPlain(NOTE_TEXT) });
  await temp.call('signing.create', {});
  for (const { trajectId } of loaded) {
    dossiers.push(await saveExport(out, await temp.call('export.dossierPdf', { trajectId, includeNotes: false })));
  }
}, 120_000);

afterAll(async () => {
  await temp.dispose();
});

describe('the signed dossier PDF', () => {
  it('carries a signature over the whole file that pdfsig finds valid', async () => {
    for (const path of dossiers) {
      const verdict = await pdfsig(path);
      expect(verdict.validation, verdict.output).toBe('Signature is Valid.');
      expect(verdict.wholeDocument, verdict.output).toBe(true);
      expect(verdict.output).toContain('Signer Certificate Common Name: Marieke Jansen');
      expect(verdict.output).toContain('Signing Hash Algorithm: SHA-256');
    }
  });

  it('passes qpdf --check without warnings', async () => {
    for (const path of dossiers) {
      const check = await qpdfCheck(path);
      expect(check.code, check.stdout + check.stderr).toBe(0);
      expect(check.stdout).toContain('No syntax or stream encoding errors found');
      expect(check.stderr).toBe('');
    }
  });

  it("holds every fixture answer's canary phrases and its non-ASCII characters as written", async () => {
    const expected = readExpected();
    for (const [index, { name }] of loaded.entries()) {
      const text = await pdfText(dossiers[index]!);
      const fixture = expected.find((file) => file.name === name) as
        { canaries?: string[]; probes?: { char: string; sample: string }[] } | undefined;
      expect(fixture?.canaries?.length).toBeGreaterThan(0);
      for (const canary of fixture!.canaries!) expect(text).toContain(canary);
      // Every probe, emoji too (from Noto Emoji); the joiners and selectors that draw nothing are not printed.
      const probes = fixture!.probes ?? [];
      expect(probes.length).toBeGreaterThan(0);
      for (const { sample } of probes) {
        expect(text).toContain(
          sample.replace(/\s+/g, ' ').replace(/\u200b|\u200c|\u200d|\u2060|[\ufe00-\ufe0f]/gu, ''),
        );
      }
      expect(text).toContain(DIACRITICS);
    }
  });

  it('embeds its fonts (DejaVu subsets, Noto Emoji for emoji), so every reader shows the same characters', async () => {
    const fonts = await readFile(dossiers[0]!, 'latin1');
    expect(fonts).toMatch(/\/FontName \/[A-Z]{6}\+DejaVuSerif/);
    expect(fonts).toMatch(/\/FontFile2 /);
    // Daniëlle's answers hold 😅 🙈 ❤️ 🎃: drawn from Noto Emoji, not left as empty boxes.
    expect(fonts).toMatch(/\/FontName \/[A-Z]{6}\+NotoEmoji/);
  });

  it('fails verification once a byte inside the signed range changes', async () => {
    const bytes = await readFile(dossiers[0]!);
    const range = /\/ByteRange \[(\d+) (\d+) (\d+) (\d+)\s*\]/.exec(bytes.toString('latin1'));
    expect(range).not.toBeNull();
    // pdfkit writes the signature dictionary first, so the pages are in the second signed range.
    const [secondStart, secondLength] = [Number(range![3]), Number(range![4])];
    expect(secondStart + secondLength).toBe(bytes.length);
    // A byte in the middle of a content stream: the file still parses, but its digest differs.
    const stream = bytes.indexOf('stream\n', secondStart);
    expect(stream).toBeGreaterThan(secondStart);
    const tampered = Buffer.from(bytes);
    tampered[stream + 40] = tampered[stream + 40]! ^ 0x20;
    const path = join(out, 'tampered.pdf');
    await writeFile(path, tampered);
    const verdict = await pdfsig(path);
    expect(verdict.validation, verdict.output).not.toBe('Signature is Valid.');
    expect(verdict.validation).toMatch(/Digest Mismatch|Invalid/i);
  });

  it('prints the sent replies block by block and never a draft', async () => {
    const text = await pdfText(dossiers[0]!);
    const rounds = loaded[0]!.roundIds.length;
    for (let round = 1; round < rounds; round += 1) {
      for (const key of PASSIE_KEYS) expect(text).toContain(`Blok-${key}-c0-r${round}.`);
    }
    expect(text).not.toContain(DRAFT_TEXT);
    expect(text).not.toContain(`Blok-a-c0-r${rounds}.`);
    expect(text).toContain('Op deze ronde is (nog) geen reactie verstuurd.');
    // The Dutch default labels and the running footer.
    for (const label of ['Positief benoemen', 'Aansluiten', 'Spiegelen', 'Positief afsluiten'])
      expect(text).toContain(label);
    const pages = await pdfPages(dossiers[0]!);
    expect(text).toContain(`pagina 1 van ${pages}`);
    expect(text).toContain(`pagina ${pages} van ${pages}`);
  });

  it('has a cover, an overview with the contents and the verification page with chain head and fingerprint', async () => {
    const text = await pdfText(dossiers[0]!);
    const { chain } = await temp.call('traject.show', { id: loaded[0]!.trajectId });
    const { identity } = await temp.call('signing.show', {});
    expect(text).toContain('Coachingdossier');
    expect(text).toContain('Praktijk Jansen');
    expect(text).toContain(`Traject ${loaded[0]!.name}`);
    expect(text).toContain('PASSIE is een methode voor schriftelijke coaching');
    expect(text).toContain('Overzicht');
    expect(text).toContain('Responstijd');
    expect(text).toContain('Inhoud');
    expect(text).toContain(chain.head.match(/.{8}/g)!.join(' '));
    expect(text).toContain(`${chain.events} vastgelegde gebeurtenissen`);
    const pairs = identity!.fingerprintSha256.split(':');
    expect(text).toContain(pairs.slice(0, 16).join(':'));
    expect(text).toContain(pairs.slice(16).join(':'));
    expect(text).toContain('Zo controleert u de handtekening');
    expect(text).toContain('Digitaal ondertekend door Marieke Jansen');
  });

  it("prints the coach's private notes only when asked, clearly marked", async () => {
    expect(await pdfText(dossiers[0]!)).not.toContain(NOTE_TEXT);
    const withNotes = await saveExport(
      join(out, '..'),
      await temp.call('export.dossierPdf', { trajectId: loaded[0]!.trajectId, includeNotes: true }),
    );
    const text = await pdfText(withNotes);
    expect(text).toContain(NOTE_TEXT);
    expect(text).toContain('Privé-aantekeningen van de coach');
    expect(text).toContain('Alleen voor de coach.');
    expect((await pdfsig(withNotes)).validation).toBe('Signature is Valid.');
  });

  it("follows the coach's language and labels", async () => {
    const { passieLabels } = await temp.call('settings.get', {});
    await temp.call('settings.update', {
      language: 'en',
      passieLabels: { ...passieLabels, en: { ...passieLabels.en, s2: 'Hold up the mirror' } },
    });
    try {
      const path = await saveExport(
        join(out, '..'),
        await temp.call('export.dossierPdf', { trajectId: loaded[1]!.trajectId, includeNotes: false }),
      );
      const text = await pdfText(path);
      const pages = await pdfPages(path);
      for (const label of ['Name the positive', 'Attune', 'Hold up the mirror', 'Close on the positive']) {
        expect(text).toContain(label);
      }
      expect(text).toContain(`page 1 of ${pages}`);
      expect(text).toContain('Coaching dossier');
      expect(text).toContain('How to check the signature');
      expect(text).not.toContain('Positief benoemen');
      expect(text).not.toContain('pagina 1 van');
      expect(text).not.toContain('Mirror ');
    } finally {
      await temp.call('settings.update', { language: 'nl' });
    }
  });
});

describe('the PDF of one reply', () => {
  it('holds the seven blocks of that reply only, signed', async () => {
    const { trajectId, roundIds } = loaded[2]!;
    const file = await temp.call('export.replyPdf', { trajectId, roundId: roundIds[0]! });
    expect(file.fileName).toMatch(/^reactie-ronde-1-[a-z0-9-]+\.pdf$/);
    const path = await saveExport(out, file);
    const text = await pdfText(path);
    for (const key of PASSIE_KEYS) expect(text).toContain(`Blok-${key}-c2-r1.`);
    expect(text).not.toContain('Blok-a-c2-r2.');
    expect(text).toContain('Reactie op ronde 1');
    expect(text).toContain(DIACRITICS);
    const verdict = await pdfsig(path);
    expect(verdict.validation).toBe('Signature is Valid.');
    expect(verdict.wholeDocument).toBe(true);
    expect((await qpdfCheck(path)).code).toBe(0);
  });

  it('is refused for a round without a sent reply, and for a round of another traject', async () => {
    const last = loaded[2]!.roundIds.at(-1)!;
    expect(await temp.codeOf('export.replyPdf', { trajectId: loaded[2]!.trajectId, roundId: last })).toBe(
      'export_no_sent_reply',
    );
    expect(
      await temp.codeOf('export.replyPdf', { trajectId: loaded[1]!.trajectId, roundId: loaded[2]!.roundIds[0]! }),
    ).toBe('round_not_found');
  });
});

describe('an access request bundle', () => {
  it('holds the signed dossier of every traject of the client and each attachment, under safe names', async () => {
    const { trajectId } = loaded[0]!;
    const clientId = (await temp.call('traject.show', { id: trajectId })).client.id;
    const second = await temp.call('traject.add', { clientId, title: 'Tweede traject: “nazorg” / 2025' });
    // The e-mail fixture with a Word file and a photo, as a round of the first traject.
    const name = '03-danielle-ronde6-docx-en-jpg-bijlagen.eml';
    const { preview, roundId } = await importWhole(temp, trajectId, {
      name,
      bytes: fixture(`eml/${name}`),
    });
    expect(preview.attachments.length).toBe(2);

    const { files } = await temp.call('export.accessBundle', { clientId });
    const names = files.map((file) => file.fileName);
    expect(names.filter((file) => file.endsWith('.pdf'))).toEqual([
      expect.stringMatching(/^01-traject-danielle-van-dijk-ramdin\.pdf$/),
      '02-tweede-traject-nazorg-2025.pdf',
    ]);
    for (const file of names) expect(file).toMatch(/^[a-z0-9][a-z0-9.-]*$/);
    const view = await temp.call('traject.show', { id: trajectId });
    const refs = view.rounds.find((round) => round.id === roundId)!.answers.flatMap((a) => a.attachments);
    expect(refs).toHaveLength(2);
    const sha256 = (base64: string) => createHash('sha256').update(Buffer.from(base64, 'base64')).digest('hex');
    for (const ref of refs) {
      // The attachment's own bytes, under its own extension, named after the traject and round.
      const match = files.find((file) => sha256(file.base64) === ref.sha256);
      expect(match?.fileName, ref.name).toMatch(
        new RegExp(
          `^01-traject-danielle-van-dijk-ramdin-ronde-${view.rounds.length}-[a-z0-9-]+\\${ref.name.slice(ref.name.lastIndexOf('.')).toLowerCase()}$`,
        ),
      );
    }
    for (const file of files.filter((candidate) => candidate.fileName.endsWith('.pdf'))) {
      const path = await saveExport(out, file);
      expect((await pdfsig(path)).validation).toBe('Signature is Valid.');
      // An access request gets the dossier, not the coach's private working notes.
      expect(await pdfText(path)).not.toContain(NOTE_TEXT);
    }
    expect(second.id).toMatch(/^tr_/);
  });

  it('is refused for an unknown client', async () => {
    expect(await temp.codeOf('export.accessBundle', { clientId: 'cl_aaaaaaaaaaaaaaaaaaaa' })).toBe('client_not_found');
  });
});

describe('exporting safely', () => {
  it('refuses to sign a dossier whose hash chain has been tampered with', async () => {
    const { trajectId } = loaded[1]!;
    const key = Buffer.from(temp.studio.vault.key());
    await temp.whileClosed(async () => {
      // The seal still holds (the key is the vault's), but an event's content no longer matches its hash.
      const store = new SealedStore(temp.vaultDir, () => key);
      const data = JSON.parse((await store.read(dossierPath(trajectId)))!.toString('utf8')) as {
        events: { type: string; data: { answers?: { content: unknown }[] } }[];
      };
      const received = data.events.find((event) => event.type === 'answersReceived')!;
      received.data.answers![0]!.content = richTextFromPlain('Achteraf herschreven.');
      await store.write(dossierPath(trajectId), Buffer.from(JSON.stringify(data), 'utf8'));
      await store.flush();
    });
    const result = await temp.dispatch('export.dossierPdf', { trajectId, includeNotes: false });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatchObject({ code: 'export_chain_broken', params: { event: '1' } });
  });

  it('writes nothing into the vault but the signing key, sealed', async () => {
    const files = await readdir(temp.vaultDir, { recursive: true });
    expect(files.filter((file) => /\.pdf$|\.tmp/.test(file))).toEqual([]);
    expect(files).toContain(join('keys', 'signing.psv'));
    const sealed = await readFile(join(temp.vaultDir, 'keys', 'signing.psv'));
    expect(sealed.subarray(0, 7).toString()).toBe('PSVSEAL');
    expect(sealed.includes('PRIVATE KEY')).toBe(false);
  });
});
