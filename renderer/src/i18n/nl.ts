import { errorMessages } from '../../../shared/i18n/error-messages';
import { archive } from './sections/archive';
import { backup } from './sections/backup';
import { clients } from './sections/clients';
import { dashboard } from './sections/dashboard';
import { nav } from './sections/nav';
import { search } from './sections/search';
import { traject } from './sections/traject';
import { editor } from './sections/editor';
import { exporting } from './sections/export';
import { importing } from './sections/import';
import { packet } from './sections/packet';
import { round } from './sections/round';
import { settings } from './sections/settings';
import { packetKey } from './sections/packet-key';
import { longWork } from './sections/long-work';
import { reminders } from './sections/reminders';
import { vaultHealth } from './sections/vault-health';
import { vaultKeys } from './sections/vault-keys';

/** Dutch, the studio's first language; its shape is the shape every other language must have. */
export const nl = {
  app: {
    name: 'PASSIE Studio',
    tagline: 'Uw werkplek voor schriftelijke coaching met het PASSIE-model.',
    version: 'versie {{version}}',
    localOnly: 'Lokaal en versleuteld',
  },
  language: {
    switcherLabel: 'Taal',
  },
  welcome: {
    loading: 'De studio wordt geopend…',
    none: {
      title: 'Welkom',
      body: 'Hier schrijft u uw reacties volgens het PASSIE-model en bewaart u elk dossier compleet. Alles blijft versleuteld op deze computer: geen cloud, geen account.',
      note: 'U begint met een kluis: een versleutelde map die alleen u opent, met uw eigen wachtwoord.',
      action: 'Nieuwe kluis aanmaken',
    },
    error: {
      title: 'Dat lukte niet',
      retry: 'Opnieuw proberen',
    },
  },
  passphrase: {
    show: 'Tonen',
    hint: 'Tip: kies een korte zin van vier of vijf woorden die niet bij elkaar horen en die alleen u bedenkt. Minstens 12 tekens.',
    match: 'De wachtwoorden zijn gelijk.',
    mismatch: 'De wachtwoorden zijn niet gelijk.',
    meter: {
      label: 'Sterkte',
      empty: 'Nog niets ingevuld.',
      checking: 'De sterkte wordt bekeken…',
      level0: 'Zeer zwak',
      level1: 'Zwak',
      level2: 'Matig',
      level3: 'Sterk',
      level4: 'Zeer sterk',
      tooShort: 'Nog te kort: gebruik minstens 12 tekens.',
      tooGuessable: 'Te makkelijk te raden: maak de zin langer, met woorden die niet bij elkaar horen.',
      acceptable: 'Goed zo, dit wachtwoord is sterk genoeg.',
    },
  },
  create: {
    title: 'Nieuwe kluis aanmaken',
    body: 'Kies het wachtwoord waarmee u de kluis voortaan opent. Alles wat u in de studio bewaart, wordt ermee versleuteld.',
    passphraseLabel: 'Wachtwoord',
    confirmLabel: 'Herhaal het wachtwoord',
    submit: 'Kluis aanmaken',
    busy: 'De kluis wordt aangemaakt…',
    cancel: 'Terug',
    toUnlock: 'Naar ontgrendelen',
  },
  coachDetails: {
    title: 'Wie bent u?',
    body: 'Uw naam komt in de digitale handtekening van elke PDF; uw praktijk en e-mailadres ziet uw cliënt op de antwoordpagina. U kunt dit later aanpassen in Instellingen → Uw gegevens.',
    nameHint: 'Zoals uw cliënten u kennen.',
    emailHint: 'Mag leeg blijven; uw cliënten sturen hun antwoorden naar dit adres.',
    save: 'Opslaan en verder',
    later: 'Later invullen',
    reminder: 'Vul uw naam in: die komt in de handtekening van elke PDF die u maakt.',
    reminderLink: 'Naar Instellingen → Uw gegevens',
  },
  recoveryKey: {
    title: 'Uw herstelsleutel',
    body: 'Met deze sleutel opent u uw kluis als u uw wachtwoord ooit vergeet; zonder wachtwoord én zonder herstelsleutel kan niemand uw dossiers terughalen, ook u niet. Bewaar het herstelblad op papier op een veilige plek, los van deze computer: de sleutel wordt alleen nu getoond.',
    keyLabel: 'Herstelsleutel',
    printHeader: 'PASSIE Studio · herstelsleutel · {{date}}',
    save: 'Herstelblad opslaan (PDF)',
    fileName: 'passie-studio-herstelblad.pdf',
    saved: 'Het herstelblad is opgeslagen als {{fileName}}.',
    print: 'Afdrukken',
    kept: 'Ik heb de herstelsleutel bewaard',
    continue: 'Verder',
  },
  unlock: {
    title: 'Uw kluis is vergrendeld',
    body: 'Ontgrendel de kluis met uw wachtwoord om verder te werken aan uw dossiers.',
    autoLocked: 'De kluis is vanzelf vergrendeld, omdat u een tijdje niets deed. Uw werk is bewaard.',
    passphraseLabel: 'Wachtwoord',
    submit: 'Ontgrendelen',
    busy: 'Bezig met ontgrendelen…',
    empty: 'Vul eerst uw wachtwoord in.',
    forgot: 'Wachtwoord vergeten? Herstellen met herstelsleutel',
  },
  recover: {
    title: 'Herstellen met herstelsleutel',
    body: 'Vul de herstelsleutel van uw herstelblad in en kies een nieuw wachtwoord. Uw dossiers blijven zoals ze zijn.',
    keyLabel: 'Herstelsleutel',
    keyHint: 'Acht groepen van vier tekens. Hoofdletters, spaties en streepjes maken niet uit.',
    keyEmpty: 'Vul eerst de herstelsleutel in.',
    passphraseLabel: 'Nieuw wachtwoord',
    confirmLabel: 'Herhaal het nieuwe wachtwoord',
    submit: 'Herstellen en ontgrendelen',
    busy: 'Bezig met herstellen…',
    back: 'Terug naar ontgrendelen',
  },
  lock: {
    label: 'Vergrendelen',
    tooltip: 'Kluis vergrendelen ({{shortcut}})',
  },
  errors: errorMessages.nl,
  editor: editor.nl,
  archive: archive.nl,
  backup: backup.nl,
  export: exporting.nl,
  import: importing.nl,
  packet: packet.nl,
  round: round.nl,
  settings: settings.nl,
  packetKey: packetKey.nl,
  health: vaultHealth.nl,
  vaultKeys: vaultKeys.nl,
  reminders: reminders.nl,
  longWork: longWork.nl,
  nav: nav.nl,
  dashboard: dashboard.nl,
  clients: clients.nl,
  traject: traject.nl,
  search: search.nl,
};

export type Messages = typeof nl;
