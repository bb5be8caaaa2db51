import type { Language } from '../../../shared/i18n/language';

const sheetText = {
  nl: {
    title: 'PASSIE Studio — herstelblad',
    intro:
      'Met deze herstelsleutel opent u uw kluis als u uw wachtwoord kwijt bent. Zonder wachtwoord én zonder deze sleutel kan niemand de dossiers nog openen, ook wij niet.',
    keyLabel: 'Herstelsleutel',
    created: 'Aangemaakt op',
    steps: [
      'Druk dit blad af of bewaar het op een plek buiten deze computer, bijvoorbeeld in een kluisje of bij uw administratie.',
      'Deel het met niemand en stuur het niet per e-mail.',
      'Wachtwoord vergeten? Kies in PASSIE Studio "Herstellen met herstelsleutel" en typ de tekens hierboven over; hoofdletters en streepjes maken niet uit.',
    ],
  },
  en: {
    title: 'PASSIE Studio — recovery sheet',
    intro:
      'This recovery key opens your vault if you lose your passphrase. Without the passphrase and without this key, nobody can open the dossiers any more, not even us.',
    keyLabel: 'Recovery key',
    created: 'Created on',
    steps: [
      'Print this sheet or keep it somewhere off this computer, for example in a safe or with your records.',
      'Share it with no one and do not send it by e-mail.',
      'Forgot your passphrase? Choose "Recover with recovery key" in PASSIE Studio and type the characters above; capitals and dashes do not matter.',
    ],
  },
} satisfies Record<Language, unknown>;

/** The printable recovery sheet, made in memory only: the key never touches the disk unless the coach saves it. */
export async function recoverySheetPdf(recoveryKey: string, createdAt: Date, language: Language): Promise<Buffer> {
  // Loaded on use: pdfkit costs a third of a second at start-up, and only vault creation needs it.
  const { default: PDFDocument } = await import('pdfkit');
  const text = sheetText[language];
  const doc = new PDFDocument({
    size: 'A4',
    margin: 64,
    info: { Title: text.title, Creator: 'PASSIE Studio' },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolveDone) => doc.on('end', () => resolveDone(Buffer.concat(chunks))));

  doc.font('Helvetica-Bold').fontSize(20).fillColor('#2f3b35').text(text.title);
  doc.moveDown(1).font('Helvetica').fontSize(11).fillColor('#222').text(text.intro, { lineGap: 3 });
  doc.moveDown(1.5).font('Helvetica-Bold').fontSize(11).text(text.keyLabel);
  const groups = recoveryKey.split('-');
  const lines = [groups.slice(0, 4).join('  '), groups.slice(4).join('  ')];
  doc.moveDown(0.5).font('Courier-Bold').fontSize(22).fillColor('#000');
  for (const line of lines) doc.text(line, { characterSpacing: 1.5 });
  doc
    .moveDown(1)
    .font('Helvetica')
    .fontSize(10)
    .fillColor('#555')
    .text(`${text.created} ${createdAt.toISOString().slice(0, 10)}`);
  doc.moveDown(1.5).fontSize(11).fillColor('#222');
  text.steps.forEach((step, index) => doc.text(`${index + 1}. ${step}`, { lineGap: 3 }).moveDown(0.5));
  doc.end();
  return done;
}
