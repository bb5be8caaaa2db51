import type { Language } from '../../../shared/i18n/language';

/** Every word the exported PDFs print themselves, in the coach's language. */
export const pdfStrings = {
  nl: {
    locale: 'nl-NL',
    dossierTitle: 'Coachingdossier',
    replyTitle: (round: number) => `Reactie op ronde ${round}`,
    method:
      'PASSIE is een methode voor schriftelijke coaching: de coach reageert op de antwoorden van de cliënt in zeven blokken die beginnen en eindigen met het positieve benoemen.',
    coach: 'Coach',
    practice: 'Praktijk',
    client: 'Cliënt',
    traject: 'Traject',
    goal: 'Doel',
    period: 'Periode',
    untilNow: 'heden',
    exported: 'Geëxporteerd op',
    status: { active: 'lopend', closed: 'afgesloten' },
    overview: 'Overzicht',
    contents: 'Inhoud',
    roundsSummary: (rounds: number, replied: number) =>
      `${rounds} ${rounds === 1 ? 'ronde' : 'rondes'}, ${replied} met een verstuurde reactie.`,
    averageResponse: (time: string) => `Gemiddelde responstijd: ${time}.`,
    columns: {
      round: 'Ronde',
      received: 'Ontvangen',
      replied: 'Reactie verstuurd',
      responseTime: 'Responstijd',
      page: 'Blz.',
    },
    noReplyYet: 'nog geen reactie',
    answeredOutsideShort: 'buiten de studio',
    cover: 'Voorblad',
    round: (number: number) => `Ronde ${number}`,
    received: 'Ontvangen',
    replied: 'Reactie verstuurd',
    responseTime: 'Responstijd',
    answers: 'Antwoorden',
    noAnswers: 'Deze ronde heeft geen antwoorden.',
    unknownQuestion: (id: string) => `Vraag ${id} (niet meer in de catalogus)`,
    freeQuestion: 'Eigen vraag',
    attachment: 'Bijlage',
    imageUnreadable: 'deze afbeelding kan niet worden getoond',
    attachmentMissing: 'bijlage ontbreekt in de kluis',
    reply: 'Reactie van de coach',
    sentOn: (date: string) => `Verstuurd op ${date}`,
    emptyBlock: '(niet ingevuld)',
    noReply: 'Op deze ronde is (nog) geen reactie verstuurd.',
    answeredOutside: 'Deze ronde is buiten de studio beantwoord (per e-mail, telefoon of gesprek).',
    notes: 'Privé-aantekeningen van de coach',
    notesWarning: 'Alleen voor de coach. Deze aantekeningen horen niet bij het dossier dat de cliënt ontvangt.',
    note: 'Privé-aantekening',
    verification: 'Controle en handtekening',
    chainHead: 'Kop van de hashketen (SHA-256)',
    chainEvents: (events: number) => `Het dossier bestaat uit ${events} vastgelegde gebeurtenissen.`,
    chainExplanation:
      'Elke gebeurtenis in het dossier (antwoorden ontvangen, reactie verstuurd, aantekening) bevat de vingerafdruk van de vorige. Deze kop is de vingerafdruk van de laatste: verandert er achteraf iets in het dossier, dan verandert ook de kop.',
    fingerprint: 'Vingerafdruk van het ondertekeningscertificaat (SHA-256)',
    howToCheck: 'Zo controleert u de handtekening',
    checkSteps: [
      'Open dit bestand in een PDF-lezer met een handtekeningpaneel, bijvoorbeeld Adobe Acrobat Reader.',
      'Het paneel toont of het document na het ondertekenen is gewijzigd. Is de handtekening geldig, dan is er niets veranderd.',
      'Vergelijk de vingerafdruk van het certificaat in het paneel met de vingerafdruk hierboven en met de vingerafdruk die uw coach u apart heeft gegeven. Komen ze overeen, dan komt het document van deze coach.',
      'Een certificaat dat de coach zelf heeft gemaakt, toont de lezer als ‘onbekend’ of ‘niet vertrouwd’. Dat is normaal; de vergelijking van de vingerafdruk is dan de controle.',
    ],
    timestampStep: (host: string) =>
      `De handtekening draagt een tijdstempel (RFC 3161) van ${host}. Het paneel toont het tijdstip dat die dienst bevestigt: het document bestond toen al in deze vorm.`,
    signedBy: 'Digitaal ondertekend door',
    signedOn: 'Datum',
    signatureReason: 'Dossier vastgelegd door de coach',
    replySignatureReason: 'Reactie van de coach',
    page: (page: number, pages: number) => `pagina ${page} van ${pages}`,
    hours: (hours: number, minutes: number) => (hours > 0 ? `${hours} u ${minutes} min` : `${minutes} min`),
    days: (days: number, hours: number) => `${days} ${days === 1 ? 'dag' : 'dagen'} ${hours} u`,
  },
  en: {
    locale: 'en-GB',
    dossierTitle: 'Coaching dossier',
    replyTitle: (round: number) => `Reply to round ${round}`,
    method:
      'PASSIE is a method for written coaching: the coach replies to the client’s answers in seven blocks that begin and end with naming the positive.',
    coach: 'Coach',
    practice: 'Practice',
    client: 'Client',
    traject: 'Traject',
    goal: 'Goal',
    period: 'Period',
    untilNow: 'present',
    exported: 'Exported on',
    status: { active: 'ongoing', closed: 'closed' },
    overview: 'Overview',
    contents: 'Contents',
    roundsSummary: (rounds: number, replied: number) =>
      `${rounds} ${rounds === 1 ? 'round' : 'rounds'}, ${replied} with a sent reply.`,
    averageResponse: (time: string) => `Average response time: ${time}.`,
    columns: {
      round: 'Round',
      received: 'Received',
      replied: 'Reply sent',
      responseTime: 'Response time',
      page: 'Page',
    },
    noReplyYet: 'no reply yet',
    answeredOutsideShort: 'outside the studio',
    cover: 'Cover',
    round: (number: number) => `Round ${number}`,
    received: 'Received',
    replied: 'Reply sent',
    responseTime: 'Response time',
    answers: 'Answers',
    noAnswers: 'This round has no answers.',
    unknownQuestion: (id: string) => `Question ${id} (no longer in the catalogue)`,
    freeQuestion: 'Own question',
    attachment: 'Attachment',
    imageUnreadable: 'this image cannot be shown',
    attachmentMissing: 'attachment missing from the vault',
    reply: 'The coach’s reply',
    sentOn: (date: string) => `Sent on ${date}`,
    emptyBlock: '(left empty)',
    noReply: 'No reply has been sent for this round (yet).',
    answeredOutside: 'This round was answered outside the studio (by e-mail, phone or in person).',
    notes: 'The coach’s private notes',
    notesWarning: 'For the coach only. These notes are not part of the dossier the client receives.',
    note: 'Private note',
    verification: 'Verification and signature',
    chainHead: 'Head of the hash chain (SHA-256)',
    chainEvents: (events: number) => `The dossier consists of ${events} recorded events.`,
    chainExplanation:
      'Every event in the dossier (answers received, reply sent, note added) holds the fingerprint of the one before. This head is the fingerprint of the last: if anything in the dossier changes afterwards, the head changes too.',
    fingerprint: 'Fingerprint of the signing certificate (SHA-256)',
    howToCheck: 'How to check the signature',
    checkSteps: [
      'Open this file in a PDF reader with a signature panel, for example Adobe Acrobat Reader.',
      'The panel shows whether the document was changed after signing. If the signature is valid, nothing has changed.',
      'Compare the certificate’s fingerprint in the panel with the fingerprint above and with the one your coach gave you separately. If they match, the document comes from this coach.',
      'A certificate the coach made themselves is shown as ‘unknown’ or ‘not trusted’. That is normal; comparing the fingerprint is then the check.',
    ],
    timestampStep: (host: string) =>
      `The signature carries a timestamp (RFC 3161) from ${host}. The panel shows the time that service confirms: the document already existed in this form then.`,
    signedBy: 'Digitally signed by',
    signedOn: 'Date',
    signatureReason: 'Dossier recorded by the coach',
    replySignatureReason: 'Reply from the coach',
    page: (page: number, pages: number) => `page ${page} of ${pages}`,
    hours: (hours: number, minutes: number) => (hours > 0 ? `${hours} h ${minutes} min` : `${minutes} min`),
    days: (days: number, hours: number) => `${days} ${days === 1 ? 'day' : 'days'} ${hours} h`,
  },
} satisfies Record<Language, unknown>;

export type PdfStrings = (typeof pdfStrings)[Language];

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Making an Intl formatter costs more than using one, and a dossier formats hundreds of dates. */
function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = JSON.stringify([locale, options]);
  let made = formatters.get(key);
  if (!made) {
    made = new Intl.DateTimeFormat(locale, options);
    formatters.set(key, made);
  }
  return made;
}

/** "9 januari 2025 om 22:41" / "9 January 2025 at 22:41", in the studio's own time zone. */
export function formatDateTime(iso: string, text: PdfStrings, timeZone?: string): string {
  return formatter(text.locale, { dateStyle: 'long', timeStyle: 'short', timeZone }).format(new Date(iso));
}

export function formatDate(iso: string, text: PdfStrings, timeZone?: string): string {
  return formatter(text.locale, { dateStyle: 'long', timeZone }).format(new Date(iso));
}

/** "9-1-2025 22:41": short enough for a table column. */
export function formatShortDateTime(iso: string, text: PdfStrings, timeZone?: string): string {
  return formatter(text.locale, { dateStyle: 'short', timeStyle: 'short', timeZone }).format(new Date(iso));
}

/** A response time: minutes and hours up to three days, then days and hours. */
export function formatDuration(milliseconds: number, text: PdfStrings): string {
  const minutesTotal = Math.max(0, Math.round(milliseconds / 60_000));
  const hours = Math.floor(minutesTotal / 60);
  if (hours < 72) return text.hours(hours, minutesTotal % 60);
  return text.days(Math.floor(hours / 24), hours % 24);
}
