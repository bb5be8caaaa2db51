import type { Language } from '../../../shared/i18n/language';
import type { ImportWarning } from '../../../shared/domain/import';

const WARNINGS = {
  attachment_damaged: {
    nl: 'Bijlage {name} is onvolledig of beschadigd en is weggelaten.',
    en: 'Attachment {name} is incomplete or damaged and was left out.',
  },
  attachment_renamed: {
    nl: 'Bijlage {name} had een onveilige naam en is hernoemd.',
    en: 'Attachment {name} had an unsafe name and was renamed.',
  },
  answers_from_attachment: {
    nl: 'De antwoorden komen uit de bijlage {name}; de tekst van de e-mail zelf is weggelaten.',
    en: 'The answers come from the attachment {name}; the text of the e-mail itself was left out.',
  },
  no_questions_found: {
    nl: 'Er zijn geen vragen uit de catalogus herkend; alles staat in één antwoord.',
    en: 'No catalogue questions were recognised; everything is in one answer.',
  },
  packet_unknown_traject: {
    nl: 'Dit antwoordpakket is gemaakt voor een traject dat niet (meer) in deze kluis staat; controleer dat dit het juiste traject is.',
    en: 'This answer packet was made for a traject that is not (or no longer) in this vault; check that this is the right traject.',
  },
  packet_not_recorded: {
    nl: 'Dit pakket is gemaakt voordat de studio bijhield welke pakketten ze maakte, dus de studio kan niet nagaan of het van jou komt; kijk na of deze antwoorden echt van je cliënt zijn.',
    en: 'This packet was made before the studio kept a record of the packets it makes, so the studio cannot check that it came from you; make sure these answers really are your client’s.',
  },
  packet_clock_ahead: {
    nl: 'De klok van de cliënt liep voor; als ontvangstmoment geldt het moment van deze import.',
    en: "The client's clock was ahead; the moment of this import counts as the moment received.",
  },
  repeat_import: {
    nl: 'Dit bestand is al eerder in dit traject geïmporteerd (ronde {round}); importeer het alleen nog eens als dat de bedoeling is.',
    en: 'This file was imported into this traject before (round {round}); import it again only if that is what you mean to do.',
  },
  sender_not_client: {
    nl: 'Deze e-mail komt van {sender}, niet van het adres van de cliënt van dit traject ({client}); kies hieronder het juiste traject als hij bij een ander hoort.',
    en: "This e-mail comes from {sender}, not from the address of this traject's client ({client}); choose the right traject below if it belongs to another.",
  },
  formatting_simplified: {
    nl: 'Een deel van de opmaak (een heel grote tabel of heel diep geneste lijsten) is als gewone tekstregels overgenomen.',
    en: 'Some of the formatting (a very large table or very deeply nested lists) was kept as plain lines of text.',
  },
  invalid_characters: {
    nl: 'Sommige tekens waren onleesbaar en zijn vervangen door �.',
    en: 'Some characters were unreadable and were replaced by �.',
  },
} as const;

export type ImportWarningCode = keyof typeof WARNINGS;

export function importWarning(
  code: ImportWarningCode,
  language: Language,
  params: Record<string, string> = {},
): ImportWarning {
  const message = WARNINGS[code][language].replace(
    /\{(\w+)\}/g,
    (placeholder, name: string) => params[name] ?? placeholder,
  );
  return { code, message };
}
