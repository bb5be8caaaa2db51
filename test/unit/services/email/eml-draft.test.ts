import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import { emlDraft, type EmlDraftInput } from '../../../../main/services/email/eml-draft';
import { draftFileName } from '../../../../main/services/email/reply-draft-service';

const PDF = Buffer.from('%PDF-1.7\n% not a real PDF, only bytes to carry\n%%EOF\n');
const PAGE = Buffer.from('<!DOCTYPE html><html lang="nl"><body>Vragen voor ronde 4 — één, twee</body></html>');

const input: EmlDraftInput = {
  message: {
    to: 'zoe.angstrom@example.org',
    subject: 'Mijn reactie op je antwoorden (ronde 3) — “Wadpad” café',
    html: '<div><p>Beste Zoë,</p><p>Je schrijft &amp; ik lees.</p></div>',
    text: 'Beste Zoë,\n\nJe schrijft & ik lees.\n\n-- \nMieke Jansen',
  },
  clientName: 'Zoë “Zo” Ångström',
  coach: { name: 'Mieke Jänssen', email: 'mieke@praktijk.example' },
  language: 'nl',
  date: new Date('2026-03-04T10:11:12Z'),
  attachments: [
    { fileName: 'reactie-ronde-3-wadpad.pdf', contentType: 'application/pdf', bytes: PDF },
    { fileName: 'antwoordpakket-2026-03-04.html', contentType: 'text/html; charset=utf-8', bytes: PAGE },
  ],
};

/** The header block of a message as it is on the wire: everything before the first empty line. */
function rawHeaders(eml: Buffer): string {
  const text = eml.toString('latin1');
  return text.slice(0, text.indexOf('\r\n\r\n'));
}

describe('the .eml draft of a reply', () => {
  it('is an unsent message to the client from the coach, with subject and date', async () => {
    const eml = await emlDraft(input);
    const parsed = await simpleParser(eml);
    expect(parsed.to).toMatchObject({ value: [{ name: 'Zoë “Zo” Ångström', address: 'zoe.angstrom@example.org' }] });
    expect(parsed.from).toMatchObject({ value: [{ name: 'Mieke Jänssen', address: 'mieke@praktijk.example' }] });
    expect(parsed.subject).toBe(input.message.subject);
    expect(parsed.date?.toISOString()).toBe('2026-03-04T10:11:12.000Z');
    expect(parsed.headers.get('x-unsent')).toBe('1');
  });

  it('carries non-ASCII headers as encoded words and every line within 998 characters, CRLF only', async () => {
    const eml = await emlDraft(input);
    const headers = rawHeaders(eml);
    // RFC 5322 headers are ASCII (the client's address is, by its schema): names and subject are RFC 2047 words.
    expect(headers).toMatch(/^[\x20-\x7e\r\n\t]*$/);
    expect(headers).toMatch(/^Subject: =\?UTF-8\?[QB]\?/m);
    expect(headers).toMatch(/^X-Unsent: 1$/m);
    expect(headers).toMatch(/^MIME-Version: 1\.0$/m);
    expect(headers).toMatch(/^Content-Type: multipart\/mixed;/m);
    const text = eml.toString('latin1');
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of text.split('\r\n')) expect(line.length).toBeLessThanOrEqual(998);
  });

  it('holds the plain text and the HTML as alternatives, the HTML as a whole page in the client language', async () => {
    const eml = await emlDraft(input);
    expect(eml.toString('latin1')).toMatch(/Content-Type: multipart\/alternative;/);
    const parsed = await simpleParser(eml);
    expect(parsed.text?.trim()).toBe(input.message.text);
    expect(parsed.html).toBe(
      '<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"></head>' +
        '<body><div><p>Beste Zoë,</p><p>Je schrijft &amp; ik lees.</p></div></body></html>',
    );
  });

  it('attaches the PDF and the packet page byte for byte, under their names', async () => {
    const parsed = await simpleParser(await emlDraft(input));
    expect(parsed.attachments.map((attachment) => [attachment.filename, attachment.contentType])).toEqual([
      ['reactie-ronde-3-wadpad.pdf', 'application/pdf'],
      ['antwoordpakket-2026-03-04.html', 'text/html'],
    ]);
    expect(parsed.attachments.every((attachment) => attachment.contentDisposition === 'attachment')).toBe(true);
    expect(parsed.attachments[0]!.content.equals(PDF)).toBe(true);
    expect(parsed.attachments[1]!.content.equals(PAGE)).toBe(true);
  });

  it('leaves To and From out when the coach recorded no address for them', async () => {
    const eml = await emlDraft({
      ...input,
      message: { ...input.message, to: '' },
      coach: { name: 'Mieke Jänssen', email: '' },
      attachments: [],
    });
    const headers = rawHeaders(eml);
    expect(headers).not.toMatch(/^To:/im);
    expect(headers).not.toMatch(/^From:/im);
    const parsed = await simpleParser(eml);
    expect(parsed.subject).toBe(input.message.subject);
    expect(parsed.attachments).toEqual([]);
  });

  it('is named after the client and the round, in the client language, safe on every system', () => {
    expect(draftFileName('Zoë “Zo” Ångström', 3, 'nl')).toBe('reactie-zoe-zo-angstrom-ronde-3.eml');
    expect(draftFileName('Zoë “Zo” Ångström', 3, 'en')).toBe('reply-zoe-zo-angstrom-round-3.eml');
    expect(draftFileName('../CON', 12, 'en')).toBe('reply-client-round-12.eml');
  });
});
