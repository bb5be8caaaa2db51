import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { webcrypto } from 'node:crypto';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';

/** How the test TSA answers: properly, with a refusal, garbage, 10 MB, an HTTP error, or a wrong imprint. */
export type TsaBehaviour = 'grant' | 'reject' | 'garbage' | 'huge' | 'http-error' | 'wrong-imprint';

const TST_INFO = '1.2.840.113549.1.9.16.1.4';
const SIGNING_CERTIFICATE_V2 = '1.2.840.113549.1.9.16.2.47';
const TIME_STAMPING = '1.3.6.1.5.5.7.3.8';
const RSA_SHA256 = { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' } as const;

/** pkijs types its engine's crypto with the DOM's `Crypto`; Node's webcrypto is that same API. */
type EngineCrypto = ConstructorParameters<typeof pkijs.CryptoEngine>[0]['crypto'];

pkijs.setEngine('node', new pkijs.CryptoEngine({ name: 'node', crypto: webcrypto as unknown as EngineCrypto }));

/**
 * A real RFC 3161 time-stamp authority on 127.0.0.1, as a trust provider runs one: it parses the request, signs a
 * TSTInfo with its own key and certificate (extended key usage timeStamping, ESS signing-certificate-v2), and
 * answers a TimeStampResp. Tests point the studio at it, then check the token with openssl.
 */
export class TestTsa {
  behaviour: TsaBehaviour = 'grant';
  requests = 0;
  private serial = 1;

  private constructor(
    private readonly server: Server,
    private readonly keys: webcrypto.CryptoKeyPair,
    readonly certificate: pkijs.Certificate,
  ) {}

  static async start(): Promise<TestTsa> {
    const keys = (await webcrypto.subtle.generateKey(
      { ...RSA_SHA256, modulusLength: 2048, publicExponent: new Uint8Array([1, 0, 1]) },
      true,
      ['sign', 'verify'],
    )) as webcrypto.CryptoKeyPair;
    const certificate = await tsaCertificate(keys);
    const server = createServer();
    const tsa = new TestTsa(server, keys, certificate);
    server.on('request', (request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        tsa.requests += 1;
        void tsa.answer(Buffer.concat(chunks)).then(
          ({ status, body }) => {
            response.writeHead(status, { 'Content-Type': 'application/timestamp-reply' });
            response.end(body);
          },
          () => {
            response.writeHead(500);
            response.end();
          },
        );
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return tsa;
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/tsa`;
  }

  /** The TSA certificate in PEM, for `openssl ts -verify -CAfile`. */
  certificatePem(): string {
    const base64 = Buffer.from(this.certificate.toSchema().toBER()).toString('base64');
    return `-----BEGIN CERTIFICATE-----\n${base64.replace(/.{64}/g, '$&\n')}\n-----END CERTIFICATE-----\n`;
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  private async answer(body: Buffer): Promise<{ status: number; body: Uint8Array }> {
    if (this.behaviour === 'http-error') return { status: 503, body: new Uint8Array() };
    if (this.behaviour === 'garbage') return { status: 200, body: new TextEncoder().encode('<html>busy</html>') };
    if (this.behaviour === 'huge') return { status: 200, body: new Uint8Array(10 * 1024 * 1024) };
    if (this.behaviour === 'reject') {
      const refused = new pkijs.TimeStampResp({
        status: new pkijs.PKIStatusInfo({ status: pkijs.PKIStatus.rejection }),
      });
      return { status: 200, body: new Uint8Array(refused.toSchema().toBER()) };
    }
    const request = pkijs.TimeStampReq.fromBER(body);
    const imprint = request.messageImprint;
    if (this.behaviour === 'wrong-imprint') {
      imprint.hashedMessage = new asn1js.OctetString({ valueHex: new Uint8Array(32).fill(7) });
    }
    const info = new pkijs.TSTInfo({
      version: 1,
      policy: '1.3.6.1.4.1.99999.1',
      messageImprint: imprint,
      serialNumber: new asn1js.Integer({ value: this.serial++ }),
      genTime: new Date(),
      ...(request.nonce ? { nonce: request.nonce } : {}),
    });
    const token = await this.sign(new Uint8Array(info.toSchema().toBER()));
    const granted = new pkijs.TimeStampResp({
      status: new pkijs.PKIStatusInfo({ status: pkijs.PKIStatus.granted }),
      timeStampToken: token,
    });
    return { status: 200, body: new Uint8Array(granted.toSchema().toBER()) };
  }

  private async sign(tstInfo: Uint8Array): Promise<pkijs.ContentInfo> {
    const certificateDer = new Uint8Array(this.certificate.toSchema().toBER());
    const certificateHash = new Uint8Array(await webcrypto.subtle.digest('SHA-256', certificateDer));
    const contentDigest = new Uint8Array(await webcrypto.subtle.digest('SHA-256', tstInfo));
    // ESS signing-certificate-v2 (RFC 5816): names the TSA certificate by its SHA-256 hash; openssl requires it.
    const signingCertificate = new asn1js.Sequence({
      value: [
        new asn1js.Sequence({
          value: [new asn1js.Sequence({ value: [new asn1js.OctetString({ valueHex: certificateHash })] })],
        }),
      ],
    });
    const signedData = new pkijs.SignedData({
      version: 3,
      encapContentInfo: new pkijs.EncapsulatedContentInfo({
        eContentType: TST_INFO,
        eContent: new asn1js.OctetString({ valueHex: tstInfo }),
      }),
      signerInfos: [
        new pkijs.SignerInfo({
          version: 1,
          sid: new pkijs.IssuerAndSerialNumber({
            issuer: this.certificate.issuer,
            serialNumber: this.certificate.serialNumber,
          }),
          signedAttrs: new pkijs.SignedAndUnsignedAttributes({
            type: 0,
            attributes: [
              new pkijs.Attribute({
                type: '1.2.840.113549.1.9.3',
                values: [new asn1js.ObjectIdentifier({ value: TST_INFO })],
              }),
              new pkijs.Attribute({
                type: '1.2.840.113549.1.9.4',
                values: [new asn1js.OctetString({ valueHex: contentDigest })],
              }),
              new pkijs.Attribute({ type: SIGNING_CERTIFICATE_V2, values: [signingCertificate] }),
            ],
          }),
        }),
      ],
      certificates: [this.certificate],
    });
    await signedData.sign(this.keys.privateKey, 0, 'SHA-256');
    return new pkijs.ContentInfo({ contentType: pkijs.ContentInfo.SIGNED_DATA, content: signedData.toSchema(true) });
  }
}

async function tsaCertificate(keys: webcrypto.CryptoKeyPair): Promise<pkijs.Certificate> {
  const certificate = new pkijs.Certificate();
  certificate.version = 2;
  certificate.serialNumber = new asn1js.Integer({ value: 4_242 });
  const name = [
    new pkijs.AttributeTypeAndValue({ type: '2.5.4.3', value: new asn1js.Utf8String({ value: 'Test TSA' }) }),
  ];
  certificate.issuer.typesAndValues.push(...name);
  certificate.subject.typesAndValues.push(...name);
  certificate.notBefore.value = new Date(Date.now() - 86_400_000);
  certificate.notAfter.value = new Date(Date.now() + 365 * 86_400_000);
  certificate.extensions = [
    new pkijs.Extension({
      extnID: '2.5.29.37',
      critical: true,
      extnValue: new pkijs.ExtKeyUsage({ keyPurposes: [TIME_STAMPING] }).toSchema().toBER(false),
    }),
  ];
  await certificate.subjectPublicKeyInfo.importKey(keys.publicKey);
  await certificate.sign(keys.privateKey, 'SHA-256');
  return certificate;
}
