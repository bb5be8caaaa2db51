import { webcrypto } from 'node:crypto';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { StudioError } from '../../../shared/api/studio-error';

/** id-aa-signatureTimeStampToken (RFC 3161 appendix A): the unsigned attribute that carries the token. */
const SIGNATURE_TIMESTAMP_TOKEN = '1.2.840.113549.1.9.16.2.14';
const SHA_256 = '2.16.840.1.101.3.4.2.1';
/** PKIStatus granted (0) and grantedWithMods (1); anything else is a refusal. */
const GRANTED = new Set([0, 1]);

/** A token with its TSA's certificate chain is a few kB; a reply far beyond that is not a timestamp. */
export const MAX_TOKEN_BYTES = 32_768;
const TIMEOUT_MS = 20_000;

export interface TimestampAuthority {
  url: string;
  /** For tests: the HTTP client (default: the global fetch). */
  fetch?: typeof fetch;
}

/** pkijs types its engine's crypto with the DOM's `Crypto`; Node's webcrypto is that same API. */
type EngineCrypto = ConstructorParameters<typeof pkijs.CryptoEngine>[0]['crypto'];

pkijs.setEngine('node', new pkijs.CryptoEngine({ name: 'node', crypto: webcrypto as unknown as EngineCrypto }));

/**
 * Adds an RFC 3161 signature timestamp to a detached CMS: the TSA signs the hash of the signer's signature value,
 * which proves the signature existed at that moment. Any failure throws a StudioError, so an export asked to carry a
 * timestamp never comes out without one.
 */
export async function addSignatureTimestamp(cmsDer: Buffer, tsa: TimestampAuthority): Promise<Buffer> {
  const contentInfo = pkijs.ContentInfo.fromBER(cmsDer);
  const signedData = new pkijs.SignedData({ schema: contentInfo.content });
  const signerInfo = signedData.signerInfos[0];
  if (!signerInfo) throw new Error('CMS without a signer');
  const signature = signerInfo.signature.valueBlock.valueHexView;
  const token = await requestToken(tsa, signature);
  signerInfo.unsignedAttrs = new pkijs.SignedAndUnsignedAttributes({
    type: 1,
    attributes: [new pkijs.Attribute({ type: SIGNATURE_TIMESTAMP_TOKEN, values: [token.toSchema()] })],
  });
  const stamped = new pkijs.ContentInfo({
    contentType: pkijs.ContentInfo.SIGNED_DATA,
    content: signedData.toSchema(true),
  });
  return Buffer.from(stamped.toSchema().toBER());
}

/** The timestamp token of a CMS signature, if it carries one (for checks and tests). */
export function signatureTimestampToken(cmsDer: Uint8Array): pkijs.ContentInfo | undefined {
  const signedData = new pkijs.SignedData({ schema: pkijs.ContentInfo.fromBER(cmsDer).content });
  const attribute = signedData.signerInfos[0]?.unsignedAttrs?.attributes.find(
    (candidate) => candidate.type === SIGNATURE_TIMESTAMP_TOKEN,
  );
  return attribute && new pkijs.ContentInfo({ schema: attribute.values[0] });
}

/** The time the TSA vouches for, read from a token. */
export function timestampTokenInfo(token: pkijs.ContentInfo): pkijs.TSTInfo {
  const signedData = new pkijs.SignedData({ schema: token.content });
  const eContent = signedData.encapContentInfo.eContent;
  if (!eContent) throw new Error('timestamp token without TSTInfo');
  return pkijs.TSTInfo.fromBER(eContent.getValue());
}

async function requestToken(tsa: TimestampAuthority, signature: Uint8Array): Promise<pkijs.ContentInfo> {
  const imprint = new Uint8Array(await webcrypto.subtle.digest('SHA-256', signature));
  const nonce = webcrypto.getRandomValues(new Uint8Array(8));
  // A positive INTEGER in minimal DER: a first byte from 0x01 to 0x7f (a 0x00 there is padding strict parsers,
  // OpenSSL's among them, refuse).
  nonce[0] = (nonce[0]! % 0x7f) + 1;
  const request = new pkijs.TimeStampReq({
    version: 1,
    messageImprint: new pkijs.MessageImprint({
      hashAlgorithm: new pkijs.AlgorithmIdentifier({ algorithmId: SHA_256, algorithmParams: new asn1js.Null() }),
      hashedMessage: new asn1js.OctetString({ valueHex: imprint }),
    }),
    nonce: new asn1js.Integer({ valueHex: nonce }),
    // The TSA's certificate inside the token, so a reader can check the token without fetching anything.
    certReq: true,
  });
  const reply = await post(tsa, new Uint8Array(request.toSchema().toBER()));

  let response: pkijs.TimeStampResp;
  try {
    response = pkijs.TimeStampResp.fromBER(reply);
  } catch (cause) {
    throw new StudioError('timestamp_invalid', { cause });
  }
  if (!GRANTED.has(response.status.status) || !response.timeStampToken) throw new StudioError('timestamp_refused');
  const token = response.timeStampToken;
  try {
    const info = timestampTokenInfo(token);
    const sameNonce = info.nonce && Buffer.from(info.nonce.valueBlock.valueHexView).equals(Buffer.from(nonce));
    if (info.messageImprint.hashAlgorithm.algorithmId !== SHA_256 || !sameNonce) {
      throw new Error('the token answers another request');
    }
    // The token's signature with the certificate it carries, and its imprint against this very signature: catches
    // a damaged, forged or misdirected reply. Trust in the TSA itself is the reader's to judge, as with the coach's
    // own certificate.
    const verified = await new pkijs.SignedData({ schema: token.content }).verify({
      signer: 0,
      data: signature.slice().buffer,
      checkChain: false,
    });
    if (!verified) throw new Error('the token does not verify');
  } catch (cause) {
    throw new StudioError('timestamp_invalid', { cause });
  }
  return token;
}

async function post(tsa: TimestampAuthority, body: Uint8Array): Promise<Uint8Array> {
  let response: Response;
  try {
    response = await (tsa.fetch ?? fetch)(tsa.url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/timestamp-query', Accept: 'application/timestamp-reply' },
      body,
      redirect: 'error',
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch (cause) {
    throw new StudioError('timestamp_unreachable', { cause });
  }
  if (!response.ok) throw new StudioError('timestamp_refused');
  const bytes = await readCapped(response);
  if (bytes.length === 0) throw new StudioError('timestamp_invalid');
  return bytes;
}

/** The reply's body, refused as soon as it grows past what a token can be (a hostile server could send gigabytes). */
async function readCapped(response: Response): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let length = 0;
  try {
    // Leaving the loop early cancels the stream.
    for await (const chunk of response.body ?? []) {
      length += chunk.length;
      if (length > MAX_TOKEN_BYTES) break;
      chunks.push(chunk);
    }
  } catch (cause) {
    throw new StudioError('timestamp_unreachable', { cause });
  }
  if (length > MAX_TOKEN_BYTES) throw new StudioError('timestamp_invalid');
  return Buffer.concat(chunks);
}
