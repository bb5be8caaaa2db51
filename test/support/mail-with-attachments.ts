// E-mails as a client's mail program sends them, built in a test: a plain-text answer and attachments.

/** Base64 in the 76-character lines (plus CRLF) of a MIME body. */
export function base64Lines(bytes: Buffer): string {
  const lines: string[] = [];
  for (let at = 0; at < bytes.length; at += 57) lines.push(bytes.subarray(at, at + 57).toString('base64'));
  return lines.join('\r\n');
}

export interface MailAttachment {
  name: string;
  mediaType: string;
  bytes: Buffer;
}

/** A multipart/mixed e-mail from a client: `text` as its plain-text part, then each attachment in base64. */
export function mailWithAttachments(mail: {
  subject: string;
  /** Unique per e-mail: the import recognises an e-mail it has seen. */
  messageId: string;
  date: string;
  text: string;
  attachments: MailAttachment[];
}): Buffer {
  const boundary = `----=_Part_${mail.messageId.replace(/[^0-9A-Za-z]/g, '_')}`;
  const parts = [
    [`--${boundary}`, 'Content-Type: text/plain; charset=utf-8', 'Content-Transfer-Encoding: 8bit', '', mail.text],
    ...mail.attachments.map((attachment) => [
      `--${boundary}`,
      `Content-Type: ${attachment.mediaType}; name="${attachment.name}"`,
      'Content-Transfer-Encoding: base64',
      `Content-Disposition: attachment; filename="${attachment.name}"`,
      '',
      base64Lines(attachment.bytes),
    ]),
  ].map((lines) => lines.join('\r\n'));
  const head = [
    'From: Sanne de Boer <sanne.deboer@example.com>',
    'To: Marieke Jansen <marieke@praktijk-jansen.example>',
    `Subject: ${mail.subject}`,
    `Date: ${mail.date}`,
    `Message-ID: <${mail.messageId}>`,
    'MIME-Version: 1.0',
    `Content-Type: multipart/mixed; boundary="${boundary}"`,
    '',
  ].join('\r\n');
  return Buffer.from(`${head}\r\n${parts.join('\r\n')}\r\n--${boundary}--\r\n`, 'latin1');
}
