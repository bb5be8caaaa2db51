import { createHash } from 'node:crypto';
import { createServer } from 'node:net';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as pkijs from 'pkijs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signatureTimestampToken, timestampTokenInfo } from '../../../main/services/signing/timestamp';
import { TempStudio } from '../../support/temp-studio';
import { TestTsa } from '../../support/test-tsa';
import { fillTraject, prepareStudio } from '../archive/support/archive-fixture';
import { pdfsig, pdfText, run, saveExport } from './support/pdf-tools';

let temp: TempStudio;
let tsa: TestTsa;
let out: string;
let trajectId: string;
let roundId: string;

beforeAll(async () => {
  temp = await TempStudio.open();
  tsa = await TestTsa.start();
  out = join(temp.root, 'out');
  await mkdir(out);
  const [first] = await prepareStudio(temp);
  trajectId = first!.trajectId;
  roundId = first!.roundIds[0]!;
  await fillTraject(temp, trajectId, first!.roundIds);
  await temp.call('signing.create', {});
}, 120_000);

afterAll(async () => {
  await tsa.close();
  await temp.dispose();
});

/** The CMS in a signed PDF's /Contents (the placeholder's zero padding after it is not part of it). */
function signatureCms(pdf: Buffer): Buffer {
  const hex = /\/Contents\s*<([0-9A-Fa-f]+)>/.exec(pdf.toString('latin1'))?.[1];
  if (!hex) throw new Error('no signature in the PDF');
  const bytes = Buffer.from(hex, 'hex');
  const info = pkijs.ContentInfo.fromBER(bytes);
  return Buffer.from(info.toSchema().toBER());
}

function signerSignatureValue(cms: Buffer): Buffer {
  const signedData = new pkijs.SignedData({ schema: pkijs.ContentInfo.fromBER(cms).content });
  return Buffer.from(signedData.signerInfos[0]!.signature.valueBlock.valueHexView);
}

/** A port nobody listens on: taken, then let go. */
async function closedPortUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}/tsa`;
}

describe('an RFC 3161 timestamp on the signature', () => {
  it('is off by default: the TSA is never asked and the signature carries no token', async () => {
    expect((await temp.call('settings.get', {})).timestampUrl ?? '').toBe('');
    const file = await temp.call('export.dossierPdf', { trajectId, includeNotes: false });
    expect(signatureTimestampToken(signatureCms(Buffer.from(file.base64, 'base64')))).toBeUndefined();
    expect(tsa.requests).toBe(0);
  });

  it('stamps the dossier and the reply PDF once the coach names a TSA, and openssl verifies the token', async () => {
    await temp.call('settings.update', { timestampUrl: tsa.url });
    tsa.behaviour = 'grant';
    const before = Date.now();
    for (const file of [
      await temp.call('export.dossierPdf', { trajectId, includeNotes: false }),
      await temp.call('export.replyPdf', { trajectId, roundId }),
    ]) {
      const path = await saveExport(out, file);
      const verdict = await pdfsig(path);
      expect(verdict.validation, verdict.output).toBe('Signature is Valid.');
      expect(verdict.wholeDocument, verdict.output).toBe(true);
      // The last page tells the reader about the timestamp and who gave it.
      expect(await pdfText(path)).toMatch(/(tijdstempel|timestamp) \(RFC 3161\) (van|from) 127\.0\.0\.1:\d+/);

      const cms = signatureCms(Buffer.from(file.base64, 'base64'));
      const token = signatureTimestampToken(cms);
      expect(token).toBeDefined();
      const genTime = timestampTokenInfo(token!).genTime.getTime();
      expect(genTime).toBeGreaterThanOrEqual(before - 1_000);
      expect(genTime).toBeLessThanOrEqual(Date.now() + 1_000);

      // The token must vouch for this very signature: openssl checks the imprint and the TSA's signature.
      const tokenPath = join(out, `${file.fileName}.tsr`);
      const caPath = join(out, 'tsa.pem');
      await writeFile(tokenPath, Buffer.from(token!.toSchema().toBER()));
      await writeFile(caPath, tsa.certificatePem());
      const digest = createHash('sha256').update(signerSignatureValue(cms)).digest('hex');
      const check = await run('openssl', [
        'ts',
        '-verify',
        '-digest',
        digest,
        '-in',
        tokenPath,
        '-token_in',
        '-CAfile',
        caPath,
      ]);
      expect(check.stdout + check.stderr, check.stdout + check.stderr).toContain('Verification: OK');
      const otherDigest = createHash('sha256').update('another signature').digest('hex');
      const wrong = await run('openssl', [
        'ts',
        '-verify',
        '-digest',
        otherDigest,
        '-in',
        tokenPath,
        '-token_in',
        '-CAfile',
        caPath,
      ]);
      expect(wrong.stdout + wrong.stderr).not.toContain('Verification: OK');
    }
    expect(tsa.requests).toBe(2);
  });

  it('makes no PDF and says why when the TSA cannot be reached, refuses, or answers nonsense', async () => {
    const cases: Array<[string, TestTsa['behaviour'] | undefined, string]> = [
      ['unreachable', undefined, 'timestamp_unreachable'],
      ['refusal', 'reject', 'timestamp_refused'],
      ['HTTP error', 'http-error', 'timestamp_refused'],
      ['not a reply', 'garbage', 'timestamp_invalid'],
      ['far too long', 'huge', 'timestamp_invalid'],
      ['another imprint', 'wrong-imprint', 'timestamp_invalid'],
    ];
    for (const [name, behaviour, code] of cases) {
      await temp.call('settings.update', { timestampUrl: behaviour ? tsa.url : await closedPortUrl() });
      if (behaviour) tsa.behaviour = behaviour;
      const result = await temp.dispatch('export.dossierPdf', { trajectId, includeNotes: false });
      expect(result.ok, name).toBe(false);
      if (!result.ok) {
        expect(result.error.code, name).toBe(code);
        expect(result.error.message, name).toMatch(/tijdstempel|timestamp/i);
      }
    }
  });

  it('accepts only an http(s) address, and turns off with an empty one', async () => {
    expect(await temp.codeOf('settings.update', { timestampUrl: 'ftp://tsa.example/' })).toBe('invalid_request');
    expect(await temp.codeOf('settings.update', { timestampUrl: 'geen adres' })).toBe('invalid_request');
    await temp.call('settings.update', { timestampUrl: '' });
    const file = await temp.call('export.replyPdf', { trajectId, roundId });
    expect(signatureTimestampToken(signatureCms(Buffer.from(file.base64, 'base64')))).toBeUndefined();
  });
});
