import { TEMPLATE_FIELDS } from '../../shared/domain/email-settings';
import type { FieldProblem } from '../../shared/domain/settings-checks';
import type { Language } from '../../shared/i18n/language';

/** What `settings` and `catalogue replace` say, in both languages: part of cliMessages. */
export const settingsMessages = {
  nl: {
    settingsCommand: 'de instellingen: uw gegevens, e-mail, werkwijze, taal, bloknamen en zinnen',
    settingsShowCommand: 'toont alle instellingen (met --json het hele instellingenobject)',
    settingsSetCommand: 'wijzigt een of meer instellingen, met dezelfde controles als het scherm Instellingen',
    coachNameOption: 'uw naam (in de PDF’s en het ondertekeningscertificaat; nodig om te exporteren)',
    practiceOption: 'uw praktijk',
    coachEmailOption: 'uw e-mailadres ("" maakt het leeg)',
    studioLanguageOption: 'de taal van de studio',
    notificationsOption: 'meldingen als een reactie de laatste 8 uur ingaat en als hij te laat is (in de app)',
    themeOption: 'weergave van de studio: licht, donker of zoals de computer (system)',
    themeNames: { light: 'licht', dark: 'donker', system: 'zoals de computer' },
    responseHoursOption: (min: number, max: number) =>
      `binnen hoeveel uur u een reactie belooft (${min}–${max}; meestal 48)`,
    autoLockMinutesOption: (min: number, max: number) =>
      `na hoeveel minuten zonder activiteit de kluis zichzelf vergrendelt (${min}–${max})`,
    retentionYearsSettingOption: (min: number, max: number) =>
      `hoeveel jaar een archief na afsluiten bewaard blijft (${min}–${max}; meestal 2)`,
    labelOption: (language: string, keys: string) =>
      `de naam van een PASSIE-blok in het ${language}, als SLEUTEL=NAAM (sleutels: ${keys}); mag vaker`,
    emailSubjectOption: (language: string) =>
      `het onderwerp van de e-mail aan cliënten in het ${language}, met velden als ${TEMPLATE_FIELDS.nl.join(' ')}`,
    emailGreetingOption: (language: string) =>
      `de aanhef boven de e-mail in het ${language}; \\n begint een nieuwe regel, "" maakt hem leeg`,
    emailSignOffOption: (language: string) =>
      `de afsluiting onder de e-mail in het ${language}; \\n begint een nieuwe regel, "" maakt hem leeg`,
    emailSignatureOption:
      'uw handtekening onder elke e-mail, in beide talen; \\n begint een nieuwe regel, "" maakt hem leeg',
    emailHeadingsOption:
      'de namen van de blokken als kopjes in de e-mail (standaard uit: de reactie leest als een brief)',
    resetEmailOption:
      'zet onderwerp, aanhef en afsluiting in beide talen terug naar de standaard (vóór eventuele --email-…); de handtekening blijft',
    resetLabelsOption: 'zet de bloknamen in beide talen terug naar de standaard (vóór eventuele --label-…)',
    nothingToSet:
      'Er is niets te wijzigen: geef minstens één optie, zoals --name; zie passie-studio settings set --help.',
    fieldProblem: (flag: string, problem: FieldProblem): string => {
      switch (problem.key) {
        case 'required':
          return `${flag} mag niet leeg zijn.`;
        case 'tooLong':
          return `${flag} is te lang: hooguit ${problem.max} tekens.`;
        case 'email':
          return `${flag} lijkt geen e-mailadres. Controleer het, of geef ${flag} "" om het leeg te maken.`;
        case 'wholeNumber':
          return `Geef bij ${flag} een heel getal van ${problem.min} tot en met ${problem.max}.`;
        case 'phraseEmpty':
          return 'Een zin mag niet leeg zijn.';
        case 'bothLanguages':
          return `Vul ${flag} in beide talen in, of in geen van beide.`;
      }
    },
    labelInvalid: (flag: string, keys: string) =>
      `Geef bij ${flag} een blok en een naam als SLEUTEL=NAAM, met als sleutel een van: ${keys}.`,
    settingsSaved: 'De instellingen zijn opgeslagen.',
    settingsFields: {
      name: 'Naam',
      practice: 'Praktijk',
      email: 'E-mailadres',
      language: 'Taal',
      responseHours: 'Reactietijd',
      autoLockMinutes: 'Vergrendelen na',
      retentionYears: 'Bewaartermijn',
      timestamp: 'Tijdstempeldienst',
      notifications: 'Meldingen',
      theme: 'Weergave',
      labels: 'Bloknamen',
      phrases: 'Zinnen',
    },
    emailIn: (language: string) => `E-mail in het ${language}:`,
    emailInBoth: 'E-mail in beide talen:',
    emailParts: {
      subject: 'onderwerp',
      greeting: 'aanhef',
      signOff: 'afsluiting',
      signature: 'handtekening',
      headings: 'blokkopjes',
    },
    notFilledIn: '(niet ingevuld)',
    languageNames: { nl: 'Nederlands', en: 'Engels' },
    hours: (hours: number) => `${hours} uur`,
    idleMinutes: (minutes: number) => `${minutes} ${minutes === 1 ? 'minuut' : 'minuten'} zonder activiteit`,
    yearsAfterClosing: (years: number) => `${years} jaar na afsluiten`,
    timestampNone: 'geen (zie passie-studio signing timestamp)',
    onOff: (on: boolean) => (on ? 'aan' : 'uit'),
    phraseCounts: (nl: number, en: number) =>
      `${nl} Nederlands, ${en} Engels (zie passie-studio settings phrases list)`,
    phrasesCommand: 'de zinnen per PASSIE-blok: tonen, toevoegen, verwijderen, importeren',
    phrasesListCommand: 'toont de zinnen per blok, genummerd',
    phrasesAddCommand: 'voegt een zin toe aan het eind van een blok',
    phrasesRemoveCommand: 'verwijdert een zin van een blok, met het nummer dat phrases list toont',
    phrasesImportCommand:
      'vervangt de zinnen van de blokken die een JSON-bestand noemt: { "nl": { "p_open": ["…"] }, "en": { … } }; zo bewerkt en ordent u ze',
    blockOption: 'het PASSIE-blok',
    phrasesLanguageOption: 'de taal van de zinnen (standaard: de taal van de studio)',
    phraseArgument: 'de zin',
    phraseSubject: 'De zin',
    phraseNumberArgument: 'het nummer van de zin',
    noPhrases: '(nog geen zinnen)',
    phrasesFull: (max: number) => `Dit blok heeft al ${max} zinnen, het maximum; verwijder er eerst een.`,
    phraseNumberInvalid: (count: number) =>
      count === 0 ? 'Dit blok heeft nog geen zinnen.' : `Geef een zinnummer van 1 tot en met ${count}.`,
    phraseAdded: (label: string, count: number) =>
      `De zin is toegevoegd aan ${label}; dat blok heeft nu ${count} ${count === 1 ? 'zin' : 'zinnen'}.`,
    phraseRemoved: (label: string, count: number) =>
      `De zin is verwijderd uit ${label}; dat blok heeft nu ${count} ${count === 1 ? 'zin' : 'zinnen'}.`,
    phrasesImported: (blocks: number) => `De zinnen van ${blocks} ${blocks === 1 ? 'blok' : 'blokken'} zijn vervangen.`,
    catalogueReplaceCommand:
      'vervangt de hele catalogus door die uit een JSON-bestand (zoals catalogue list --json hem toont); antwoorden op verwijderde vragen blijven in de dossiers',
    catalogueReplaced: (places: number, questions: number) =>
      `De catalogus is vervangen: ${places} ${places === 1 ? 'plaats' : 'plaatsen'} en ${questions} ${questions === 1 ? 'vraag' : 'vragen'}.`,
  },
  en: {
    settingsCommand: 'the settings: your details, e-mail, way of working, language, block names and phrases',
    settingsShowCommand: 'shows every setting (with --json the whole settings object)',
    settingsSetCommand: 'changes one or more settings, with the same checks as the Settings screen',
    coachNameOption: 'your name (in the PDFs and the signing certificate; needed to export)',
    practiceOption: 'your practice',
    coachEmailOption: 'your e-mail address ("" empties it)',
    studioLanguageOption: 'the language of the studio',
    notificationsOption: 'notifications when a reply enters its last 8 hours and when it is overdue (in the app)',
    themeOption: "the studio's appearance: light, dark or as the computer (system)",
    themeNames: { light: 'light', dark: 'dark', system: 'as the computer' },
    responseHoursOption: (min: number, max: number) =>
      `within how many hours you promise a reply (${min}–${max}; usually 48)`,
    autoLockMinutesOption: (min: number, max: number) =>
      `after how many minutes without activity the vault locks itself (${min}–${max})`,
    retentionYearsSettingOption: (min: number, max: number) =>
      `how many years an archive is kept after closing (${min}–${max}; usually 2)`,
    labelOption: (language: string, keys: string) =>
      `the name of a PASSIE block in ${language}, as KEY=NAME (keys: ${keys}); may be repeated`,
    emailSubjectOption: (language: string) =>
      `the subject of the e-mail to clients in ${language}, with fields such as ${TEMPLATE_FIELDS.en.join(' ')}`,
    emailGreetingOption: (language: string) =>
      `the greeting above the e-mail in ${language}; \\n starts a new line, "" empties it`,
    emailSignOffOption: (language: string) =>
      `the sign-off below the e-mail in ${language}; \\n starts a new line, "" empties it`,
    emailSignatureOption: 'your signature under every e-mail, in both languages; \\n starts a new line, "" empties it',
    emailHeadingsOption:
      'the names of the blocks as headings in the e-mail (off by default: the reply reads as a letter)',
    resetEmailOption:
      'puts subject, greeting and sign-off in both languages back to the defaults (before any --email-…); the signature stays',
    resetLabelsOption: 'puts the block names in both languages back to the defaults (before any --label-…)',
    nothingToSet: 'Nothing to change: give at least one option, such as --name; see passie-studio settings set --help.',
    fieldProblem: (flag: string, problem: FieldProblem): string => {
      switch (problem.key) {
        case 'required':
          return `${flag} cannot be empty.`;
        case 'tooLong':
          return `${flag} is too long: at most ${problem.max} characters.`;
        case 'email':
          return `${flag} does not look like an e-mail address. Check it, or give ${flag} "" to empty it.`;
        case 'wholeNumber':
          return `Give ${flag} a whole number from ${problem.min} to ${problem.max}.`;
        case 'phraseEmpty':
          return 'A phrase cannot be empty.';
        case 'bothLanguages':
          return `Fill in ${flag} in both languages, or in neither.`;
      }
    },
    labelInvalid: (flag: string, keys: string) =>
      `Give ${flag} a block and a name as KEY=NAME, with the key one of: ${keys}.`,
    settingsSaved: 'The settings have been saved.',
    settingsFields: {
      name: 'Name',
      practice: 'Practice',
      email: 'E-mail address',
      language: 'Language',
      responseHours: 'Reply within',
      autoLockMinutes: 'Lock after',
      retentionYears: 'Keep archives',
      timestamp: 'Timestamp service',
      notifications: 'Notifications',
      theme: 'Appearance',
      labels: 'Block names',
      phrases: 'Phrases',
    },
    emailIn: (language: string) => `E-mail in ${language}:`,
    emailInBoth: 'E-mail in both languages:',
    emailParts: {
      subject: 'subject',
      greeting: 'greeting',
      signOff: 'sign-off',
      signature: 'signature',
      headings: 'block headings',
    },
    notFilledIn: '(not filled in)',
    languageNames: { nl: 'Dutch', en: 'English' },
    hours: (hours: number) => `${hours} ${hours === 1 ? 'hour' : 'hours'}`,
    idleMinutes: (minutes: number) => `${minutes} ${minutes === 1 ? 'minute' : 'minutes'} without activity`,
    yearsAfterClosing: (years: number) => `${years} ${years === 1 ? 'year' : 'years'} after closing`,
    timestampNone: 'none (see passie-studio signing timestamp)',
    onOff: (on: boolean) => (on ? 'on' : 'off'),
    phraseCounts: (nl: number, en: number) => `${nl} Dutch, ${en} English (see passie-studio settings phrases list)`,
    phrasesCommand: 'the phrases per PASSIE block: list, add, remove, import',
    phrasesListCommand: 'lists the phrases per block, numbered',
    phrasesAddCommand: 'adds a phrase at the end of a block',
    phrasesRemoveCommand: 'removes a phrase from a block, by the number phrases list shows',
    phrasesImportCommand:
      'replaces the phrases of the blocks a JSON file names: { "nl": { "p_open": ["…"] }, "en": { … } }; the way to edit and reorder them',
    blockOption: 'the PASSIE block',
    phrasesLanguageOption: 'the language of the phrases (default: the language of the studio)',
    phraseArgument: 'the phrase',
    phraseSubject: 'The phrase',
    phraseNumberArgument: 'the number of the phrase',
    noPhrases: '(no phrases yet)',
    phrasesFull: (max: number) => `This block already has ${max} phrases, the most it can hold; remove one first.`,
    phraseNumberInvalid: (count: number) =>
      count === 0 ? 'This block has no phrases yet.' : `Give a phrase number from 1 to ${count}.`,
    phraseAdded: (label: string, count: number) =>
      `The phrase has been added to ${label}; that block now has ${count} ${count === 1 ? 'phrase' : 'phrases'}.`,
    phraseRemoved: (label: string, count: number) =>
      `The phrase has been removed from ${label}; that block now has ${count} ${count === 1 ? 'phrase' : 'phrases'}.`,
    phrasesImported: (blocks: number) =>
      `The phrases of ${blocks} ${blocks === 1 ? 'block' : 'blocks'} have been replaced.`,
    catalogueReplaceCommand:
      'replaces the whole catalogue with the one in a JSON file (as catalogue list --json prints it); answers to removed questions stay in the dossiers',
    catalogueReplaced: (places: number, questions: number) =>
      `The catalogue has been replaced: ${places} ${places === 1 ? 'place' : 'places'} and ${questions} ${questions === 1 ? 'question' : 'questions'}.`,
  },
} satisfies Record<Language, unknown>;
