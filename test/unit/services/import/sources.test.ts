import { describe, expect, it } from 'vitest';
import type { ImportPreview } from '../../../../shared/domain/import';
import { plainTextOf, RichDocSchema } from '../../../../shared/domain/rich-text';
import { fixture, readExpected } from '../../../support/fixtures';
import { collapse, previewService, textOf } from './fixture-support';

const service = previewService();
const TRAJECT = 'tr_00000000000000000000';
const expected = readExpected();

async function preview(path: string, bytes: Uint8Array = fixture(path)): Promise<ImportPreview> {
  const result = await service.previewFile(TRAJECT, path.split('/').pop()!, bytes);
  if (!result.ok) throw new Error(`${path}: ${result.error.code}`);
  return result.preview;
}

const words = (text: string) => text.split(/\s+/).filter((word) => word && word !== '|').length;

/** Probe samples that sit in the greeting, signature or subject, which are not part of any answer. */
const OUTSIDE_ANSWERS = new Set(['late – the', 'Whitfield · UX', '6 – Joost']);

describe('importing the fixture e-mails and Word files', () => {
  const files = expected.filter((file) => file.kind === 'eml' || file.kind === 'docx');

  it.each(files.map((file) => [file.file, file] as const))('%s: questions, canaries and probes', async (path, file) => {
    const result = await preview(path);
    // 03 carries its answers in the attached .docx (3 answers), not in the mail text.
    const docxAttachment = file.attachments?.find((attachment) => attachment.answers);
    if (docxAttachment) {
      expect(result.answers).toHaveLength(docxAttachment.answers!);
      expect(result.warnings.map((warning) => warning.code)).toContain('answers_from_attachment');
    } else {
      expect(result.answers.map((answer) => answer.questionId)).toEqual(
        file.answers!.map((answer) => answer.questionId),
      );
      for (const [index, answer] of result.answers.entries()) {
        // The answer holds its own words only: no greeting, sign-off or quoted mail (±10 %).
        const want = file.answers![index]!.words;
        expect(Math.abs(words(plainTextOf(answer.content)) - want)).toBeLessThanOrEqual(Math.ceil(want * 0.1));
      }
    }
    const text = textOf(result.answers.map((answer) => answer.content));
    for (const answer of result.answers) expect(RichDocSchema.safeParse(answer.content).success).toBe(true);
    expect(text).not.toContain('\uFFFD');
    expect(text).not.toMatch(/^>/m);
    expect(text).not.toMatch(/schreef Marieke|wrote:/);
    const everything = collapse(`${text} ${result.subject ?? ''} ${result.sender ?? ''}`);
    for (const canary of file.canaries ?? []) expect(everything).toContain(canary);
    for (const probe of file.probes ?? []) {
      if (!OUTSIDE_ANSWERS.has(probe.sample)) expect(everything).toContain(collapse(probe.sample));
    }
  });

  it('reads the sender, subject and Date header of an e-mail', async () => {
    const result = await preview('eml/04-joost-ronde5-iso-8859-1-encoded-subject.eml');
    expect(result.kind).toBe('email');
    expect(result.sender).toContain('joost.brinkhuis@example.net');
    expect(result.subject).toMatch(/ronde 5/i);
    const mail = await preview('eml/01-danielle-ronde5-plain-utf8-qp.eml');
    expect(Date.parse(mail.receivedAt)).toBe(Date.parse('2025-03-06T21:17:43+01:00'));
    expect(mail.subject).toBe('Re: Ronde 5 – Veilige haven & Onzekerheid');
  });

  it('imports the multipart/alternative mail once, from its HTML part, with its formatting', async () => {
    const result = await preview('eml/02-hannah-round4-multipart-alternative.eml');
    expect(result.answers).toHaveLength(3);
    const json = JSON.stringify(result.answers);
    expect(json).toContain('"bulletList"');
    expect(json).not.toContain('Whitfield · UX'); // the signature is not an answer
  });

  it('lists the attachments of an e-mail with their sizes and hashes; the photo shows inline', async () => {
    const result = await preview('eml/03-danielle-ronde6-docx-en-jpg-bijlagen.eml');
    const want = expected.find((file) => file.file.startsWith('eml/03'))!.attachments!;
    expect(result.attachments.map(({ name, mediaType, size }) => ({ name, mediaType, size }))).toEqual(
      want.map((attachment) => ({
        name: attachment.filename,
        mediaType: attachment.contentType,
        size: attachment.size,
      })),
    );
    expect(result.attachments.map((attachment) => attachment.inlineImage)).toEqual([false, true]);
    for (const attachment of result.attachments) expect(attachment.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('keeps Word headings, lists, tables (as tables) and bold/italic as the stored node set', async () => {
    const result = await preview('docx/hannah-whitfield-round-5.docx');
    const json = JSON.stringify(result.answers);
    expect(json).toContain('"bulletList"');
    expect(json).toContain('"type":"bold"');
    expect(json).toContain('"type":"italic"');
    expect(json).toContain('"type":"table"');
    expect(json).toContain('"type":"tableHeader"');
    expect(json).not.toContain('Private – coaching answers'); // page header
  });
});

describe('importing text, Markdown and HTML files', () => {
  const bytes = (text: string) => new TextEncoder().encode(text);

  it('splits plain text at question lines, tolerating numbering, case, punctuation and a typo', async () => {
    const text = [
      'Hoi Marieke,',
      '',
      'Vraag 1: bij wie kun je zijn zonder iets te hoeven bewijzen',
      'Bij mijn zus. Zij vraagt nooit ‘waarom’ – ze zet thee.',
      '',
      '2. WELKE BESLISING STEL JE UIT OMDAT JE BANG BENT DE VERKEERDE KEUZE TE MAKEN?',
      'Het huis. Daniëlle zegt: “later”. 😅',
      '',
      'Groetjes,',
      'Sam',
    ].join('\r\n');
    const result = await service.previewFile(TRAJECT, 'antwoorden.txt', bytes(text));
    if (!result.ok) throw new Error(result.error.code);
    expect(result.preview.kind).toBe('text');
    expect(result.preview.answers.map((answer) => answer.questionId)).toEqual(['haven-2', 'onzekerheid-2']);
    expect(plainTextOf(result.preview.answers[0]!.content)).toBe(
      'Bij mijn zus. Zij vraagt nooit ‘waarom’ – ze zet thee.',
    );
    expect(plainTextOf(result.preview.answers[1]!.content)).toBe('Het huis. Daniëlle zegt: “later”. 😅');
  });

  it('keeps text without questions as one answer titled by the file name', async () => {
    const result = await service.previewFile(
      TRAJECT,
      'dagboek.md',
      bytes('# Mijn week\n\n- **maandag**: rust\n- *dinsdag*: werk\n'),
    );
    if (!result.ok) throw new Error(result.error.code);
    expect(result.preview.kind).toBe('markdown');
    expect(result.preview.answers).toEqual([
      {
        title: 'dagboek.md',
        content: {
          type: 'doc',
          content: [
            { type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: 'Mijn week' }] },
            {
              type: 'bulletList',
              content: [
                {
                  type: 'listItem',
                  content: [
                    {
                      type: 'paragraph',
                      content: [
                        { type: 'text', text: 'maandag', marks: [{ type: 'bold' }] },
                        { type: 'text', text: ': rust' },
                      ],
                    },
                  ],
                },
                {
                  type: 'listItem',
                  content: [
                    {
                      type: 'paragraph',
                      content: [
                        { type: 'text', text: 'dinsdag', marks: [{ type: 'italic' }] },
                        { type: 'text', text: ': werk' },
                      ],
                    },
                  ],
                },
              ],
            },
          ],
        },
      },
    ]);
  });

  it('converts an .html file through the sanitiser, with question headings', async () => {
    const html =
      '<html><head><style>p{display:none}</style><script>alert(1)</script></head><body onload="x()">' +
      '<h2>When were you last proud of something you did at work?</h2><p onclick="y()">At the <b>launch</b>, ' +
      '<a href="javascript:alert(2)">here</a> and <a href="https://example.org/x">there</a>.</p></body></html>';
    const result = await service.previewFile(TRAJECT, 'answers.html', bytes(html));
    if (!result.ok) throw new Error(result.error.code);
    expect(result.preview.answers).toEqual([
      {
        questionId: 'topjob-1',
        content: {
          type: 'doc',
          content: [
            {
              type: 'paragraph',
              content: [
                { type: 'text', text: 'At the ' },
                { type: 'text', text: 'launch', marks: [{ type: 'bold' }] },
                { type: 'text', text: ', here and ' },
                { type: 'text', text: 'there', marks: [{ type: 'link', attrs: { href: 'https://example.org/x' } }] },
                { type: 'text', text: '.' },
              ],
            },
          ],
        },
      },
    ]);
  });

  it('refuses a text file that is not valid UTF-8, and one that is really a PDF', async () => {
    const latin1 = await service.previewFile(TRAJECT, 'oud.txt', Uint8Array.from([0x63, 0x61, 0x66, 0xe9, 0x0a]));
    expect(latin1).toMatchObject({ ok: false, error: { code: 'import_bad_encoding' } });
    const pdf = await service.previewFile(TRAJECT, 'antwoord.txt', bytes('%PDF-1.7\n...'));
    expect(pdf).toMatchObject({
      ok: false,
      error: { code: 'import_wrong_content', message: expect.stringContaining('a PDF document') },
    });
    const unknown = await service.previewFile(TRAJECT, 'antwoord.pages', bytes('x'));
    expect(unknown).toMatchObject({ ok: false, error: { code: 'import_unsupported' } });
  });
});
