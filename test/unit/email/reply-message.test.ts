import { describe, expect, it } from 'vitest';
import { DEFAULT_EMAIL_SETTINGS, fillTemplate, type TemplateValues } from '../../../shared/domain/email-settings';
import { DEFAULT_PASSIE_LABELS, emptyReplyBlocks, type ReplyBlocks } from '../../../shared/domain/passie';
import { MAILTO_MAX_LENGTH, mailtoLink, replyMessage } from '../../../shared/email/reply-message';

const values: TemplateValues = {
  firstName: 'Anna',
  name: 'Anna de Vries',
  round: '3',
  traject: 'Het Wadpad',
  coach: 'Mieke Jansen',
  practice: 'Praktijk Licht',
};

function paragraph(text: string) {
  return {
    type: 'doc' as const,
    content: [{ type: 'paragraph' as const, content: [{ type: 'text' as const, text }] }],
  };
}

function blocks(): ReplyBlocks {
  const reply = emptyReplyBlocks();
  reply.p_open = paragraph('Wat een moedige stap.');
  reply.s1 = paragraph('Je schrijft dat je moe bent & <toch> doorgaat.');
  reply.p_close = paragraph('Ik kijk uit naar je volgende antwoorden.');
  return reply;
}

const base = {
  blocks: blocks(),
  client: { name: 'Anna de Vries', email: 'anna@example.org' },
  coach: { name: 'Mieke Jansen', practice: 'Praktijk Licht' },
  round: 3,
  traject: 'Het Wadpad',
  email: { ...DEFAULT_EMAIL_SETTINGS, signature: 'Mieke Jansen\nPraktijk Licht · 06 1234 5678' },
};

describe('e-mail templates', () => {
  it('fills the fields of either language and leaves unknown braces as typed', () => {
    expect(fillTemplate('Beste {voornaam}, {firstName} {NAAM} r{ronde} {onbekend}', values)).toBe(
      'Beste Anna, Anna Anna de Vries r3 {onbekend}',
    );
    expect(fillTemplate('{coach} · {praktijk} · {practice} · {traject}', values)).toBe(
      'Mieke Jansen · Praktijk Licht · Praktijk Licht · Het Wadpad',
    );
  });
});

describe('the reply as the client gets it', () => {
  it('greets by the first name, flows without headings, signs off and signs in the client language', () => {
    const message = replyMessage({ ...base, language: 'nl', labels: DEFAULT_PASSIE_LABELS.nl });
    expect(message.to).toBe('anna@example.org');
    expect(message.subject).toBe('Mijn reactie op je antwoorden (ronde 3)');
    expect(message.text).toBe(
      [
        'Beste Anna,',
        'Wat een moedige stap.',
        'Je schrijft dat je moe bent & <toch> doorgaat.',
        'Ik kijk uit naar je volgende antwoorden.',
        'Hartelijke groet,\nMieke Jansen',
        '-- \nMieke Jansen\nPraktijk Licht · 06 1234 5678',
      ].join('\n\n'),
    );
    expect(message.html).toContain('<p>Beste Anna,</p><p>Wat een moedige stap.</p>');
    expect(message.html).toContain('&amp; &lt;toch&gt;');
    expect(message.html).toContain('<p>Hartelijke groet,<br>Mieke Jansen</p>');
    expect(message.html).not.toMatch(/Positief|<h3>/);
  });

  it('uses the salutation name and the English templates and labels for an English client', () => {
    const message = replyMessage({
      ...base,
      client: { ...base.client, salutation: 'Annie' },
      language: 'en',
      labels: DEFAULT_PASSIE_LABELS.en,
      headings: true,
    });
    expect(message.subject).toBe('My reply to your answers (round 3)');
    expect(message.text.startsWith('Dear Annie,\n\nP — ')).toBe(true);
    expect(message.text).toContain(`P — ${DEFAULT_PASSIE_LABELS.en.p_open}`);
    expect(message.text).not.toMatch(/Beste|Hartelijke|Positief benoemen/);
  });

  it('has no recipient when the coach recorded no address', () => {
    const message = replyMessage({ ...base, client: { name: 'Bo' }, language: 'nl', labels: DEFAULT_PASSIE_LABELS.nl });
    expect(message.to).toBe('');
    expect(message.text.startsWith('Beste Bo,')).toBe(true);
  });
});

describe('the mailto: link', () => {
  it('carries recipient, subject and body when short enough', () => {
    const message = replyMessage({ ...base, language: 'nl', labels: DEFAULT_PASSIE_LABELS.nl });
    const { href, withBody } = mailtoLink(message);
    expect(withBody).toBe(true);
    const url = new URL(href);
    expect(url.protocol).toBe('mailto:');
    expect(url.pathname).toBe('anna@example.org');
    expect(url.searchParams.get('subject')).toBe(message.subject);
    expect(url.searchParams.get('body')).toBe(message.text.replace(/\n/g, '\r\n'));
  });

  it('leaves a long body out rather than cutting it', () => {
    const long = { ...base, blocks: { ...blocks(), a: paragraph('woord '.repeat(600)) } };
    const { href, withBody } = mailtoLink(replyMessage({ ...long, language: 'nl', labels: DEFAULT_PASSIE_LABELS.nl }));
    expect(withBody).toBe(false);
    expect(href.length).toBeLessThanOrEqual(MAILTO_MAX_LENGTH);
    expect(new URL(href).searchParams.get('body')).toBeNull();
  });
});
