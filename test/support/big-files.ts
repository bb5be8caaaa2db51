// Large and hostile files made at test time (and by the benchmarks): Word documents with many paragraphs and HTML
// of a given size, as an e-mail program or Word would write them.
import { strToU8, zipSync } from 'fflate';

const WORD_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** A minimal .docx: `paragraphs` paragraphs of text, `prolog` written between the XML declaration and the root. */
export function docxWith(options: { paragraphs: number; prolog?: string; text?: (index: number) => string }): Buffer {
  const text =
    options.text ?? ((index: number) => `Alinea ${index + 1}: wat ik deze week merkte en waar ik trots op ben.`);
  const body: string[] = [];
  for (let index = 0; index < options.paragraphs; index++) body.push(`<w:p><w:r><w:t>${text(index)}</w:t></w:r></w:p>`);
  const xml = (root: string) => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>${options.prolog ?? ''}${root}`;
  return Buffer.from(
    zipSync({
      '[Content_Types].xml': strToU8(
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
      ),
      '_rels/.rels': strToU8(
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
      ),
      'word/document.xml': strToU8(
        xml(`<w:document xmlns:w="${WORD_NS}"><w:body>${body.join('')}</w:body></w:document>`),
      ),
    }),
  );
}

/**
 * HTML of at least `chars` characters the way Outlook writes a long answer: paragraphs in a WordSection div, each
 * with a styled span, some bold text, a link and Word's empty <o:p> (which a sanitiser removes). `words` sets each
 * paragraph's length; `wrapped: false` puts the paragraphs straight in the body, as pasted or generated HTML has them.
 */
export function outlookHtml(chars: number, options: { words?: number; wrapped?: boolean } = {}): string {
  const { words = 8, wrapped = true } = options;
  const filler = Array.from({ length: words }, (_, index) => ['tekst', 'rust', 'werk', 'zee'][index % 4]).join(' ');
  const parts = [
    `<html><head><style>p.MsoNormal{margin:0}</style></head><body>${wrapped ? '<div class=WordSection1>' : ''}`,
  ];
  let length = parts[0]!.length;
  for (let index = 0; length < chars; index++) {
    const paragraph = `<p class=MsoNormal><span style='font-size:11.0pt;font-family:"Calibri",sans-serif'>Alinea ${index + 1}: <b>vet</b> ${filler} <a href="https://voorbeeld.example/${index}">link</a>.</span><o:p></o:p></p>\n`;
    parts.push(paragraph);
    length += paragraph.length;
  }
  parts.push(`${wrapped ? '</div>' : ''}</body></html>`);
  return parts.join('');
}
