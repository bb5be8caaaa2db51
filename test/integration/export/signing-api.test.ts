import { createHash, X509Certificate } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import forge from 'node-forge';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SealedStore } from '../../../main/services/vault/sealed-store';
import { TempStudio } from '../../support/temp-studio';
import { pdfsig } from './support/pdf-tools';

const P12_PASSWORD = 'p12-wachtwoord-Zeeland-2025!';

/** A PKCS#12 as a trust provider would issue it: a CA certificate, and the coach's certificate signed by it. */
function providerP12(password: string): { p12: Buffer; certificateDer: Buffer } {
  const caKeys = forge.pki.rsa.generateKeyPair({ bits: 2048 });
  const ca = forge.pki.createCertificate();
  ca.publicKey = caKeys.publicKey;
  ca.serialNumber = '01';
  ca.validity.notBefore = new Date(Date.now() - 86_400_000);
  ca.validity.notAfter = new Date(Date.now() + 365 * 86_400_000);
  const caName = [{ name: 'commonName', value: 'Test Trust Provider CA' }];
  ca.setSubject(caName);
  ca.setIssuer(caName);
  ca.setExtensions([{ name: 'basicConstraints', cA: true }]);
  ca.sign(caKeys.privateKey, forge.md.sha256.create());

  const keys = forge.pki.rsa.generateKeyPair({ bits: 2048 });
  const certificate = forge.pki.createCertificate();
  certificate.publicKey = keys.publicKey;
  certificate.serialNumber = '02';
  certificate.validity.notBefore = ca.validity.notBefore;
  certificate.validity.notAfter = ca.validity.notAfter;
  certificate.setSubject([
    { name: 'commonName', value: 'Marieke Jansen' },
    { name: 'organizationName', value: 'Praktijk Jansen' },
  ]);
  certificate.setIssuer(caName);
  certificate.sign(caKeys.privateKey, forge.md.sha256.create());

  const asn1 = forge.pkcs12.toPkcs12Asn1(keys.privateKey, [certificate, ca], password, { algorithm: '3des' });
  return {
    p12: Buffer.from(forge.asn1.toDer(asn1).getBytes(), 'binary'),
    certificateDer: Buffer.from(forge.asn1.toDer(forge.pki.certificateToAsn1(certificate)).getBytes(), 'binary'),
  };
}

/** The plaintext of every sealed file in the vault, opened with the vault's own key. */
async function vaultPlaintexts(temp: TempStudio): Promise<Buffer[]> {
  const store = new SealedStore(temp.vaultDir, () => temp.studio.vault.key());
  const files = (await readdir(temp.vaultDir, { recursive: true })).filter((file) => file.endsWith('.psv'));
  return Promise.all(files.map(async (file) => (await store.read(file.split(/[\\/]/).join('/')))!));
}

let temp: TempStudio;
let provider: ReturnType<typeof providerP12>;

beforeAll(async () => {
  temp = await TempStudio.open();
  provider = providerP12(P12_PASSWORD);
}, 60_000);

afterAll(async () => {
  await temp.dispose();
});

describe('the signing identity', () => {
  it('does not exist until it is made, and cannot be made without the coach’s name', async () => {
    expect(await temp.call('signing.show', {})).toEqual({});
    expect(await temp.codeOf('signing.exportCert', {})).toBe('signing_identity_missing');
    expect(await temp.codeOf('signing.create', {})).toBe('signing_needs_coach_name');
  });

  it('is a self-signed RSA 3072 / SHA-256 certificate in the coach’s name, shown with its fingerprint', async () => {
    await temp.call('settings.update', {
      coach: { name: 'Daniëlle de Vries', practice: 'Coachpraktijk “De Haven”', email: 'd@example.org' },
    });
    const identity = await temp.call('signing.create', {});
    expect(identity).toMatchObject({
      subject: 'CN=Daniëlle de Vries, O=Coachpraktijk “De Haven”',
      issuer: 'CN=Daniëlle de Vries, O=Coachpraktijk “De Haven”',
      selfSigned: true,
    });
    const years = (Date.parse(identity.validTo) - Date.parse(identity.validFrom)) / (365.25 * 86_400_000);
    expect(years).toBeGreaterThan(4.9);
    expect(Date.parse(identity.validFrom)).toBeLessThanOrEqual(Date.now());

    const cer = await temp.call('signing.exportCert', {});
    expect(cer.fileName).toBe('signing-certificate-danielle-de-vries.cer');
    const der = Buffer.from(cer.base64, 'base64');
    const fingerprint = createHash('sha256').update(der).digest('hex').toUpperCase().match(/../g)!.join(':');
    expect(identity.fingerprintSha256).toBe(fingerprint);
    expect((await temp.call('signing.show', {})).identity).toEqual(identity);

    const certificate = new X509Certificate(der);
    expect(certificate.publicKey.asymmetricKeyDetails).toMatchObject({ modulusLength: 3072 });
    expect(certificate.toLegacyObject().asn1Curve).toBeUndefined();
    const parsed = forge.pki.certificateFromAsn1(forge.asn1.fromDer(der.toString('binary')));
    expect(parsed.siginfo.algorithmOid).toBe(forge.pki.oids.sha256WithRSAEncryption);
    expect(certificate.fingerprint256).toBe(fingerprint);
  });

  it('is never replaced by accident, only on purpose', async () => {
    const before = (await temp.call('signing.show', {})).identity!;
    expect(await temp.codeOf('signing.create', {})).toBe('signing_identity_exists');
    expect(
      await temp.codeOf('signing.importP12', { base64: provider.p12.toString('base64'), password: P12_PASSWORD }),
    ).toBe('signing_identity_exists');
    expect((await temp.call('signing.show', {})).identity).toEqual(before);
    const replaced = await temp.call('signing.create', { replace: true });
    expect(replaced.fingerprintSha256).not.toBe(before.fingerprintSha256);
  });

  it('imports a PKCS#12 with the right password, and says so plainly when the password is wrong', async () => {
    const base64 = provider.p12.toString('base64');
    const wrong = await temp.dispatch('signing.importP12', { base64, password: 'niet-het-wachtwoord', replace: true });
    expect(wrong.ok).toBe(false);
    if (!wrong.ok) {
      expect(wrong.error.code).toBe('signing_p12_wrong_password');
      expect(wrong.error.message).toBe('The password of this PKCS#12 file is not correct; please try again.');
    }
    const garbage = Buffer.from('geen pkcs12 maar tekst').toString('base64');
    expect(await temp.codeOf('signing.importP12', { base64: garbage, password: 'x', replace: true })).toBe(
      'signing_p12_invalid',
    );

    const identity = await temp.call('signing.importP12', { base64, password: P12_PASSWORD, replace: true });
    expect(identity).toMatchObject({
      subject: 'CN=Marieke Jansen, O=Praktijk Jansen',
      issuer: 'CN=Test Trust Provider CA',
      selfSigned: false,
    });
    const cer = Buffer.from((await temp.call('signing.exportCert', {})).base64, 'base64');
    expect(cer.equals(provider.certificateDer)).toBe(true);
  });

  it('keeps the imported key sealed in keys/signing.psv and the PKCS#12 password nowhere', async () => {
    const sealed = await readFile(join(temp.vaultDir, 'keys', 'signing.psv'));
    expect(sealed.subarray(0, 7).toString('latin1')).toBe('PSVSEAL');
    const needle = Buffer.from(P12_PASSWORD, 'utf8');
    // Not in any file as it lies on disk, and not in any file's plaintext either.
    for (const file of (await readdir(temp.vaultDir, { recursive: true, withFileTypes: true })).filter((entry) =>
      entry.isFile(),
    )) {
      expect((await readFile(join(file.parentPath, file.name))).includes(needle), file.name).toBe(false);
    }
    const plaintexts = await vaultPlaintexts(temp);
    expect(plaintexts.some((plain) => plain.includes('BEGIN RSA PRIVATE KEY'))).toBe(true);
    for (const plain of plaintexts) expect(plain.includes(needle)).toBe(false);
    expect(JSON.stringify(await temp.call('settings.get', {}))).not.toContain(P12_PASSWORD);
  });

  it('signs exports with the imported certificate and its chain', async () => {
    const { id: clientId } = await temp.call('client.add', { name: 'Iemand' });
    const { id: trajectId } = await temp.call('traject.add', { clientId, title: 'Kort traject' });
    const pdf = Buffer.from(
      (await temp.call('export.dossierPdf', { trajectId, includeNotes: false })).base64,
      'base64',
    );
    // The CMS in /Contents holds both certificates (signer and CA): their DER bytes appear in its hex.
    const contents = /\/Contents <([0-9a-f]+)>/i.exec(pdf.toString('latin1'))![1]!;
    expect(contents).toContain(provider.certificateDer.toString('hex'));
    expect(pdf.toString('latin1')).toContain('/SubFilter /adbe.pkcs7.detached');
    const path = join(temp.root, 'signed-with-import.pdf');
    await writeFile(path, pdf);
    const verdict = await pdfsig(path);
    expect(verdict.validation, verdict.output).toBe('Signature is Valid.');
    expect(verdict.output).toContain('Signer full Distinguished Name: O=Praktijk Jansen,CN=Marieke Jansen');
  });

  it('survives locking: the identity is read back from the sealed file after a restart', async () => {
    const before = (await temp.call('signing.show', {})).identity!;
    await temp.reopen();
    expect((await temp.call('signing.show', {})).identity).toEqual(before);
  });
});

describe('a signing identity that cannot be used', () => {
  it('is refused once the certificate has expired, and a damaged key file is named as such', async () => {
    let clock = Date.now();
    const own = await TempStudio.open({ now: () => clock });
    try {
      await own.call('settings.update', { coach: { name: 'Marieke Jansen', practice: '', email: '' } });
      await own.call('signing.create', {});
      const { id: clientId } = await own.call('client.add', { name: 'Iemand' });
      const { id: trajectId } = await own.call('traject.add', { clientId, title: 'Lang geleden' });
      clock += 6 * 365 * 86_400_000;
      expect(await own.codeOf('export.dossierPdf', { trajectId, includeNotes: false })).toBe(
        'signing_certificate_not_valid',
      );

      await own.whileClosed(async () => {
        const path = join(own.vaultDir, 'keys', 'signing.psv');
        const bytes = await readFile(path);
        bytes[bytes.length - 1] = bytes[bytes.length - 1]! ^ 1;
        await writeFile(path, bytes);
      });
      expect(await own.codeOf('signing.show', {})).toBe('signing_identity_damaged');
      expect(await own.codeOf('export.dossierPdf', { trajectId, includeNotes: false })).toBe(
        'signing_identity_damaged',
      );
      // Replacing it is the way out the message names.
      expect((await own.call('signing.create', { replace: true })).selfSigned).toBe(true);
    } finally {
      await own.dispose();
    }
  });
});
