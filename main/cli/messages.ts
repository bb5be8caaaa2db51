import type { VaultState } from '../../shared/domain/app-status';
import type { SigningIdentity } from '../../shared/domain/signing';
import { languageFromLocale, type Language } from '../../shared/i18n/language';
import { settingsMessages } from './settings-messages';

/** What the CLI says to a person, in both languages. */
export const cliMessages = {
  nl: {
    description: 'PASSIE Studio: e-coaching met het PASSIE-model, lokaal en versleuteld.',
    vaultOption: 'de kluismap (anders PASSIE_STUDIO_VAULT, anders de app-gegevensmap)',
    jsonOption: 'machineleesbare uitvoer (JSON) op stdout',
    statusCommand: 'toont de versie en de staat van de kluis',
    serveCommand: 'start de studio in de browser (lokaal, op 127.0.0.1)',
    startCommand: 'start de studio: de desktop-app, of de browsermodus als Electron ontbreekt',
    portOption: 'vaste poort (standaard: een vrije poort)',
    noOpenOption: 'open geen browservenster, toon alleen het adres',
    vaultStates: { none: 'geen kluis', locked: 'vergrendeld', unlocked: 'ontgrendeld' } satisfies Record<
      VaultState,
      string
    >,
    status: (version: string, vault: string) => `PASSIE Studio ${version} — kluis: ${vault}`,
    usage: 'Onjuist gebruik; zie passie-studio --help.',
    modeElectron: 'PASSIE Studio start als desktop-app (Electron).',
    modeBrowser: (reason: string) => `PASSIE Studio start in de browsermodus: ${reason}.`,
    electronMissing: 'de Electron-runtime is niet geïnstalleerd',
    openHere: 'Open dit adres in uw browser:',
    noChromium: 'Geen Chromium of Chrome gevonden.',
    openAddressOnce: 'Open het adres hierboven binnen een minuut in een browser; het werkt één keer.',
    stopHint: 'Druk op Ctrl+C om de studio te stoppen.',
    stopped: 'PASSIE Studio is gestopt.',
    building: 'De studio wordt gebouwd…',
    notBuilt: 'De studio-interface is nog niet gebouwd; voer eerst `npm run build` uit.',
    cliNotBuilt: 'De opdracht passie-studio is niet helemaal gebouwd; voer eerst `npm run build` uit.',
    cliOutdated:
      'De gebouwde opdracht passie-studio is ouder dan de broncode in main/, shared/ of packet-page/; voer `npm run build` uit.',
    portInUse: 'Die poort is al in gebruik; kies een andere of laat --port weg.',
    buildFailed: 'Het bouwen van de studio is mislukt; voer `npm run build` uit voor details.',
    passphrasePrompt: 'Wachtwoord van de kluis: ',
    newPassphrasePrompt: 'Nieuw wachtwoord: ',
    repeatPassphrasePrompt: 'Herhaal het nieuwe wachtwoord: ',
    recoveryKeyPrompt: 'Herstelsleutel: ',
    passphraseMismatch: 'De twee wachtwoorden zijn niet gelijk; probeer het opnieuw.',
    noTerminal: (env: string) => `Geef het geheim via ${env} of start de opdracht in een terminal.`,
    vaultCommand: 'de kluis: aanmaken, wachtwoord wijzigen, herstellen, sleutels vernieuwen, controleren',
    vaultInitCommand: 'maakt een nieuwe kluis aan en toont eenmalig de herstelsleutel',
    changePassphraseCommand: 'wijzigt het wachtwoord van de kluis',
    recoverCommand: 'opent de kluis met de herstelsleutel en stelt een nieuw wachtwoord in',
    vaultCreated: (key: string) =>
      `De kluis is aangemaakt. Uw herstelsleutel (wordt maar één keer getoond; schrijf hem op en bewaar hem veilig):\n\n  ${key}\n`,
    passphraseChanged: 'Het wachtwoord is gewijzigd.',
    recovered: 'De kluis is hersteld en heeft een nieuw wachtwoord.',
    rotateKeyCommand:
      'vernieuwt de sleutel van de kluis (alles wordt opnieuw versleuteld) en toont de nieuwe herstelsleutel',
    newRecoveryKeyCommand: 'maakt een nieuwe herstelsleutel; de oude werkt dan niet meer',
    checkCommand: 'controleert elk bestand van de kluis en zegt welke niet in orde zijn',
    keyRotated: (key: string) =>
      `De sleutel van de kluis is vernieuwd; alles is opnieuw versleuteld. Uw nieuwe herstelsleutel (de oude werkt niet meer; wordt maar één keer getoond):\n\n  ${key}\n`,
    newRecoveryKey: (key: string) =>
      `Uw nieuwe herstelsleutel (de oude werkt niet meer; wordt maar één keer getoond):\n\n  ${key}\n`,
    vaultHealthy: 'Alle bestanden in de kluis zijn in orde.',
    rebuildIndexCommand:
      'maakt het overzicht van cliënten en trajecten (index.psv) opnieuw uit de dossiers en archieven',
    indexRebuilt: (clients: number, trajects: number) =>
      `Het overzicht is opnieuw gemaakt: ${clients} cliënten, ${trajects} trajecten.`,
    indexUnnamed: (count: number) =>
      `Van ${count} cliënt(en) stond de naam alleen in het oude overzicht: geef ze in de studio hun naam terug.`,
    indexUnreadable: (files: string[]) =>
      `Deze dossiers konden niet worden geopend en ontbreken in het overzicht; zet ze terug uit een back-up en maak het overzicht opnieuw: ${files.join(', ')}`,
    vaultDamaged: (lines: string[]) =>
      `Deze bestanden in de kluis zijn niet in orde:\n${lines.map((line) => `  ${line}`).join('\n')}\nZet ze terug uit uw nieuwste back-up en controleer opnieuw; de rest van de kluis werkt gewoon.`,
    damageProblem: {
      missing: 'ontbreekt',
      rolled_back: 'is een oudere kopie (er is een oude versie teruggezet)',
      deleted: 'was verwijderd en kwam terug; opnieuw verwijderd',
      unreadable: 'kan niet worden gelezen',
    },
    recoveryKeyNeeded: 'Uw herstelsleutel werkt niet meer: maak een nieuwe met `passie-studio vault new-recovery-key`.',
    clientCommand: 'cliënten',
    clientAddCommand: 'voegt een cliënt toe en toont het id',
    clientListCommand: 'toont alle cliënten',
    clientDeleteCommand: 'verwijdert een cliënt met al zijn gegevens (recht op vergetelheid)',
    clientDeleted: 'De cliënt en alle gegevens zijn verwijderd.',
    nameOption: 'naam',
    emailOption: 'e-mailadres',
    phoneOption: 'telefoonnummer',
    reasonOption: 'reden (komt in het logboek, zonder persoonsgegevens)',
    trajectCommand: 'trajecten',
    trajectAddCommand: 'start een traject voor een cliënt en toont het id',
    trajectListCommand: 'toont de trajecten',
    trajectUpdateCommand: 'wijzigt titel, doel of begindatum van een traject',
    startedOption: 'begindatum (JJJJ-MM-DD)',
    dateInvalid: (value: string) => `${value} is geen datum; schrijf hem als JJJJ-MM-DD, bijvoorbeeld 2024-03-01.`,
    trajectUpdated: 'Het traject is bijgewerkt.',
    noteCommand: 'privénotities bij een traject',
    noteAddCommand: 'voegt een privénotitie toe',
    noteEditCommand: 'herschrijft een privénotitie (de eerdere tekst blijft in de geschiedenis van het dossier)',
    noteOption: 'nummer van de notitie (seq, zie traject show)',
    noteTextOption: 'de tekst van de notitie',
    noteSaved: 'De notitie is bewaard.',
    roundAnsweredOutsideCommand: 'markeert een ronde als buiten de studio beantwoord (hij wacht dan niet meer)',
    undoOption: 'neemt de markering terug: de ronde wacht weer op een reactie',
    roundAnsweredOutside: 'De ronde staat als buiten de studio beantwoord.',
    roundAwaitsAgain: 'De ronde wacht weer op een reactie.',
    trajectShowCommand: 'toont het hele dossier als JSON',
    trajectVerifyCommand: 'controleert de hashketen van het dossier en elke bijlage',
    chainOk: (events: number, head: string) => `ok — ${events} gebeurtenissen, kop ${head}`,
    chainBroken: (event: number) =>
      `De hashketen is verbroken bij gebeurtenis ${event}; zet het dossier terug uit een back-up.`,
    attachmentsOk: (count: number) => (count === 1 ? '1 bijlage, heel' : `${count} bijlagen, alle heel`),
    attachmentsDamaged: (names: string[]) =>
      `Deze bijlagen kunnen niet worden geopend (beschadigd of verplaatst): ${names.join(', ')}. Zet ze terug uit een back-up.`,
    clientOption: 'id van de cliënt',
    titleOption: 'titel',
    goalOption: 'doel',
    catalogueCommand: 'de vragencatalogus',
    catalogueListCommand: 'toont plaatsen en vragen met hun id',
    catalogueImportCommand: 'importeert plaatsen en vragen uit een JSON-bestand (bestaande ids worden bijgewerkt)',
    catalogueImported: (places: number, questions: number) => `${places} plaatsen en ${questions} vragen geïmporteerd.`,
    roundCommand: 'rondes',
    roundAddCommand: 'voegt een ronde antwoorden toe uit een JSON-bestand en toont het id',
    importCommand:
      'importeert e-mails (.eml), antwoordpakketten (.passie), Word-bestanden (.docx) en tekst (.txt, .md, .html): één ronde per bestand',
    importTrajectOption: 'id van het traject (mag weg bij antwoordpakketten: die noemen hun traject zelf)',
    importAllowRepeatOption: 'importeert ook een bestand dat al eerder in dit traject is geïmporteerd',
    workStage: {
      reading: 'het dossier lezen…',
      drawing: 'de pagina’s opmaken…',
      signing: 'de PDF ondertekenen…',
      archiving: 'de laatste PDF en het archief maken…',
      checking: 'alles teruglezen en controleren…',
      copying: 'bestanden kopiëren…',
      finishing: 'de laatste stappen…',
    },
    workCountOf: (done: number, total: number) => `(${done} van ${total})`,
    workCount: (done: number) => `(${done} ${done === 1 ? 'bestand' : 'bestanden'})`,
    importStage: { reading: 'lezen', converting: 'omzetten', sanitising: 'opschonen', matching: 'vragen herkennen' },
    importProgress: (file: string, index: number, count: number, stage: string, percent: number) =>
      `${file} (${index} van ${count}): ${stage}… ${percent}%`,
    importCancelled: 'Het importeren is afgebroken; wat al geïmporteerd was, blijft staan.',
    importNeedsTraject: (file: string) =>
      `${file} is geen antwoordpakket en noemt dus geen traject; geef het traject met --traject.`,
    imported: (file: string, answers: number) => `${file}: ${answers} ${answers === 1 ? 'antwoord' : 'antwoorden'}`,
    importFailed: (failed: number, total: number) =>
      `${failed} van de ${total} bestanden ${failed === 1 ? 'is' : 'zijn'} niet geïmporteerd.`,
    replyCommand: 'reacties',
    replyDraftCommand: 'bewaart een conceptreactie uit een JSON-bestand met tekst per PASSIE-blok',
    replySendCommand: 'verstuurt de reactie; daarna verandert hij nooit meer',
    draftSaved: 'Het concept is bewaard.',
    replySent: 'De reactie is verstuurd en vastgelegd in het dossier.',
    replyEmailCommand:
      'bewaart een verstuurde reactie als e-mailconcept (.eml) aan de cliënt, met de ondertekende PDF als bijlage',
    emlOutOption: 'waar het .eml-bestand komt (een bestaand bestand wordt niet overschreven)',
    withPacketOption: 'voeg een nieuw antwoordpakket toe met deze vragen: ids met komma’s ertussen',
    packetNoteNeedsPacket: '--packet-note hoort bij een antwoordpakket; geef ook --with-packet.',
    fileExists: (path: string) => `Er staat al een bestand op ${path}; kies een andere naam of verwijder het eerst.`,
    emailDraftSaved: (path: string) =>
      `Het e-mailconcept is bewaard in ${path}; open het in uw e-mailprogramma en verstuur het daar.`,
    trajectOption: 'id van het traject',
    roundOption: 'id van de ronde',
    fromOption: 'JSON-bestand',
    allowEmptyOption: 'ook versturen als er lege blokken zijn (behalve de twee P-blokken)',
    fileUnreadable: (file: string) => `Het bestand ${file} kan niet worden gelezen.`,
    fileInvalid: (file: string) => `Het bestand ${file} heeft niet de verwachte inhoud; zie passie-studio --help.`,
    textTooLong: (file: string, where: PropertyKey[], max: number) =>
      `${where[0] === 'answers' ? `Antwoord ${Number(where[1]) + 1}` : `Blok ${String(where[0])}`} in ${file} is langer dan ${max.toLocaleString('nl-NL')} tekens, het maximum voor één tekst; kort het in of verdeel het.`,
    exportCommand: 'ondertekende PDF’s en het pakket voor een inzageverzoek',
    exportPdfCommand: 'bewaart het ondertekende dossier van een traject als PDF',
    exportReplyCommand: 'bewaart één verstuurde reactie als ondertekende PDF',
    exportAccessCommand:
      'bewaart voor een inzageverzoek alle dossiers (ondertekende PDF’s) en bijlagen van een cliënt in een nieuwe map',
    outOption: 'waar het bestand of de map komt',
    notesOption: 'neem de privé-aantekeningen van de coach op (duidelijk gemarkeerd)',
    exportedTo: (path: string) => `Bewaard in ${path}`,
    exportedFolder: (path: string, files: number) =>
      `${files} ${files === 1 ? 'bestand' : 'bestanden'} bewaard in ${path}`,
    signingCommand: 'het ondertekeningscertificaat van de coach',
    signingShowCommand: 'toont het certificaat: naam, geldigheid en vingerafdruk',
    signingCreateCommand: 'maakt een eigen (zelfondertekend) certificaat op naam van de coach',
    signingImportCommand:
      'importeert een certificaat met sleutel uit een PKCS#12-bestand (.p12/.pfx); wachtwoord via PASSIE_P12_PASSWORD of de prompt',
    signingExportCertCommand: 'bewaart het openbare certificaat (.cer) om aan cliënten te geven',
    signingTimestampCommand:
      'toont of zet de tijdstempeldienst (RFC 3161) waarmee elke handtekening een tijdstempel krijgt; standaard uit',
    timestampUrlArgument: 'het adres van de dienst (http:// of https://)',
    timestampOffOption: 'geen tijdstempel meer gebruiken',
    timestampUrlInvalid: 'Geef een webadres dat begint met https:// of http://, of gebruik --off.',
    timestampOn: (url: string) => `Elke ondertekende PDF krijgt een tijdstempel van ${url}.`,
    timestampOff: 'Er wordt geen tijdstempel gebruikt.',
    replaceOption: 'vervang het bestaande certificaat',
    p12Option: 'het PKCS#12-bestand',
    p12PasswordPrompt: 'Wachtwoord van het PKCS#12-bestand: ',
    noIdentity: 'Er is nog geen ondertekeningscertificaat; maak er een met `passie-studio signing create`.',
    identity: (identity: SigningIdentity) =>
      [
        `Houder:        ${identity.subject}`,
        `Uitgever:      ${identity.issuer}${identity.selfSigned ? ' (zelfondertekend)' : ''}`,
        `Geldig van:    ${identity.validFrom}`,
        `Geldig tot:    ${identity.validTo}`,
        `SHA-256:       ${identity.fingerprintSha256}`,
      ].join('\n'),
    backupCommand: 'back-ups van de kluis: maken, controleren en terugzetten',
    backupCreateCommand:
      'maakt een back-up van de kluis in een map (bijv. op een USB-stick), versleuteld zoals de kluis; daarna alleen wat veranderd is',
    backupVerifyCommand:
      'controleert of elk bestand van een back-up er ongeschonden is; met --with-passphrase ook of de lijst van bestanden niet is gewijzigd en of elk bestand opent',
    backupWithPassphraseOption:
      'controleer ook het zegel van de lijst van bestanden en open elk bestand met de sleutel (vraagt het wachtwoord, of PASSIE_PASSPHRASE)',
    backupAcceptUnsealedOption:
      'zet ook een back-up terug waarvan de lijst van bestanden geen zegel heeft: alleen een die u zeker met een oudere PASSIE Studio hebt gemaakt',
    backupRestoreCommand:
      'zet een back-up terug in een nieuwe of lege kluismap; wat in de huidige kluis (--vault) is verwijderd, blijft verwijderd',
    backupOutOption: 'de map voor de back-up (leeg, of met een eerdere back-up van deze kluis)',
    backupDirArgument: 'de map met de back-up',
    backupIntoOption: 'de nieuwe of lege map waarin de kluis wordt teruggezet',
    backupCreated: (folder: string, files: number, copied: number, size: string, copiedSize: string) =>
      `Back-up gemaakt in ${folder}: ${files} bestanden (${size}), ` +
      (copied === 0
        ? 'niets veranderd sinds de vorige back-up.'
        : `waarvan ${copied} nieuw of gewijzigd (${copiedSize} gekopieerd).`),
    backupVerified: (files: number, size: string, createdAt: string) =>
      `De back-up van ${createdAt} is in orde: ${files} bestanden (${size}), elk ongeschonden.`,
    verifySealChecked:
      'De lijst van bestanden draagt het zegel van de kluis, en elk bestand opent met de sleutel van de kluis.',
    verifySealUnchecked:
      'Of de lijst van bestanden na het maken is gewijzigd, is niet gecontroleerd: daarvoor is het wachtwoord nodig (--with-passphrase).',
    verifySealNone:
      'Deze back-up is gemaakt met een oudere PASSIE Studio: de lijst van bestanden heeft geen zegel, dus of er bestanden zijn weggelaten of door oudere versies vervangen, valt niet te controleren. De volgende back-up in deze map krijgt het zegel.',
    verifyOpened: 'Elk bestand opent met de sleutel van de kluis.',
    backupUnreadableKept: (paths: string) =>
      `Deze bestanden van de kluis konden niet worden geopend (beschadigd?); de back-up houdt hun eerdere versie: ${paths}.`,
    backupUnreadableLeftOut: (paths: string) =>
      `Deze bestanden van de kluis konden niet worden geopend (beschadigd?) en staan niet in deze back-up: ${paths}.`,
    restoreUnsealedHint:
      'Weet u zeker dat het een oude back-up is, gemaakt voordat PASSIE Studio zijn back-ups verzegelde? Zet hem dan terug met --accept-unsealed.',
    restoreUnsealed:
      'De lijst van bestanden van deze back-up had geen zegel: elk bestand opende met de sleutel, maar of er een is weggelaten, valt niet te controleren.',
    backupRestored: (into: string, files: number, createdAt: string) =>
      `De back-up van ${createdAt} is teruggezet in ${into}: ${files} bestanden. De kluis opent met uw wachtwoord.`,
    restoreDeletions: (added: number, clients: number) =>
      `${added} ${added === 1 ? 'verwijdering' : 'verwijderingen'} uit de huidige kluis opnieuw toegepast` +
      (clients > 0 ? ` (${clients} ${clients === 1 ? 'cliënt' : 'cliënten'} weer verwijderd).` : '.'),
    restoreOtherVault: 'De kluis bij --vault is een andere kluis; haar verwijderingen zijn niet toegepast.',
    restoreNewerUnreadable:
      'Het logboek van de huidige kluis kon niet worden gelezen: verwijder cliënten die u na deze back-up hebt verwijderd zo nodig opnieuw.',
    restoreNewerPassphrase: 'Het wachtwoord is dat van de huidige kluis: het werd na deze back-up gewijzigd.',
    trajectCloseCommand:
      'sluit een traject af: ondertekende eind-PDF, en alles in één versleuteld archiefbestand; toont het pad',
    retentionYearsOption: 'bewaartermijn in jaren na afsluiten (1–20; standaard uit de instellingen)',
    archiveCommand: 'archieven van afgesloten trajecten: tonen, controleren, terugzetten, uitpakken, vernietigen',
    archiveListCommand: 'toont alle archieven met bewaartermijn',
    archiveVerifyCommand: 'controleert een archief (bestand of id) volledig: elk onderdeel en de hashketen',
    archiveRestoreCommand: 'zet een archief (bestand of id) terug als afgesloten traject, alleen-lezen',
    archiveExtractCommand: 'pakt een archief (bestand of id) onversleuteld uit in een nieuwe of lege map',
    archiveDestroyCommand: 'vernietigt een archief waarvan de bewaartermijn voorbij is (wordt gelogd)',
    archiveFileArgument: 'het archiefbestand (.passie-archive) of het id van het traject',
    archiveForceOption: 'ook vóór het einde van de bewaartermijn (bewust, met reden)',
    archiveOutOption: 'de nieuwe of lege map voor de uitgepakte bestanden',
    archiveDue: { active: 'bewaren', dueSoon: 'binnenkort', due: 'te vernietigen' },
    archiveLine: (client: string, title: string, closed: string, until: string, due: string) =>
      `${client} — ${title}: afgesloten ${closed}, bewaren tot ${until} (${due})`,
    noArchives: 'Er zijn geen archieven.',
    archiveOk: (entries: number, head: string) => `ok — ${entries} onderdelen, kop ${head}`,
    archiveRestored: (id: string) => `Het traject ${id} is teruggezet (afgesloten, alleen-lezen).`,
    archiveDestroyed: 'Het archief is vernietigd; de verwijdering staat in het logboek.',
    extractWarning:
      'Let op: de uitgepakte bestanden zijn NIET versleuteld. Bewaar ze veilig en verwijder ze zodra u ze niet meer nodig hebt.',
    extractedTo: (path: string, files: number) => `${files} bestanden uitgepakt in ${path}`,
    packetCommand: 'antwoordpakketten: vragen die een cliënt offline beantwoordt, versleuteld terug naar u',
    packetCreateCommand:
      'maakt een antwoordpakket (één HTML-bestand) met vragen uit de catalogus voor de cliënt van een traject',
    packetQuestionsOption: 'ids van vragen, met komma’s ertussen (zoals `catalogue list` ze toont)',
    packetNoteOption: 'een persoonlijk bericht boven de vragen',
    packetLanguageOption: 'taal van de pagina (standaard: uw taal uit de instellingen)',
    packetCreated: (path: string) =>
      `Antwoordpakket bewaard in ${path}. Stuur het bestand naar uw cliënt; de antwoorden komen versleuteld terug als .passie-bestand.`,
    ...settingsMessages.nl,
  },
  en: {
    description: 'PASSIE Studio: written coaching with the PASSIE model, local and encrypted.',
    vaultOption: 'the vault folder (else PASSIE_STUDIO_VAULT, else the app-data folder)',
    jsonOption: 'machine-readable output (JSON) on stdout',
    statusCommand: 'shows the version and the state of the vault',
    serveCommand: 'starts the studio in the browser (locally, on 127.0.0.1)',
    startCommand: 'starts the studio: the desktop app, or browser mode when Electron is missing',
    portOption: 'fixed port (default: a free port)',
    noOpenOption: 'do not open a browser window, only print the address',
    vaultStates: { none: 'no vault', locked: 'locked', unlocked: 'unlocked' } satisfies Record<VaultState, string>,
    status: (version: string, vault: string) => `PASSIE Studio ${version} — vault: ${vault}`,
    usage: 'Wrong usage; see passie-studio --help.',
    modeElectron: 'PASSIE Studio is starting as a desktop app (Electron).',
    modeBrowser: (reason: string) => `PASSIE Studio is starting in browser mode: ${reason}.`,
    electronMissing: 'the Electron runtime is not installed',
    openHere: 'Open this address in your browser:',
    noChromium: 'No Chromium or Chrome found.',
    openAddressOnce: 'Open the address above in a browser within a minute; it works once.',
    stopHint: 'Press Ctrl+C to stop the studio.',
    stopped: 'PASSIE Studio has stopped.',
    building: 'Building the studio…',
    notBuilt: 'The studio interface has not been built yet; run `npm run build` first.',
    cliNotBuilt: 'The passie-studio command is not completely built; run `npm run build` first.',
    cliOutdated:
      'The built passie-studio command is older than its sources in main/, shared/ or packet-page/; run `npm run build`.',
    portInUse: 'That port is already in use; choose another or leave out --port.',
    buildFailed: 'Building the studio failed; run `npm run build` for details.',
    passphrasePrompt: 'Vault passphrase: ',
    newPassphrasePrompt: 'New passphrase: ',
    repeatPassphrasePrompt: 'Repeat the new passphrase: ',
    recoveryKeyPrompt: 'Recovery key: ',
    passphraseMismatch: 'The two passphrases are not the same; please try again.',
    noTerminal: (env: string) => `Give the secret in ${env} or run the command in a terminal.`,
    vaultCommand: 'the vault: create, change passphrase, recover, renew keys, check',
    vaultInitCommand: 'creates a new vault and shows the recovery key once',
    changePassphraseCommand: 'changes the vault passphrase',
    recoverCommand: 'opens the vault with the recovery key and sets a new passphrase',
    vaultCreated: (key: string) =>
      `The vault has been created. Your recovery key (shown only once; write it down and keep it safe):\n\n  ${key}\n`,
    passphraseChanged: 'The passphrase has been changed.',
    recovered: 'The vault has been recovered and has a new passphrase.',
    rotateKeyCommand: 'renews the vault key (everything is encrypted again) and shows the new recovery key',
    newRecoveryKeyCommand: 'makes a new recovery key; the old one stops working',
    checkCommand: 'checks every file of the vault and says which are not in order',
    keyRotated: (key: string) =>
      `The vault key has been renewed; everything is encrypted again. Your new recovery key (the old one no longer works; shown only once):\n\n  ${key}\n`,
    newRecoveryKey: (key: string) =>
      `Your new recovery key (the old one no longer works; shown only once):\n\n  ${key}\n`,
    vaultHealthy: 'Every file in the vault is in order.',
    rebuildIndexCommand: 'makes the overview of clients and trajects (index.psv) again from the dossiers and archives',
    indexRebuilt: (clients: number, trajects: number) =>
      `The overview has been made again: ${clients} clients, ${trajects} trajects.`,
    indexUnnamed: (count: number) =>
      `The name of ${count} client(s) was only in the old overview: give them their name again in the studio.`,
    indexUnreadable: (files: string[]) =>
      `These dossiers could not be opened and are missing from the overview; restore them from a backup and make the overview again: ${files.join(', ')}`,
    vaultDamaged: (lines: string[]) =>
      `These files in the vault are not in order:\n${lines.map((line) => `  ${line}`).join('\n')}\nRestore them from your newest backup and check again; the rest of the vault works as usual.`,
    damageProblem: {
      missing: 'is missing',
      rolled_back: 'is an older copy (an old version was put back)',
      deleted: 'had been deleted and came back; deleted again',
      unreadable: 'cannot be read',
    },
    recoveryKeyNeeded: 'Your recovery key no longer works: make a new one with `passie-studio vault new-recovery-key`.',
    clientCommand: 'clients',
    clientAddCommand: 'adds a client and prints the id',
    clientListCommand: 'lists all clients',
    clientDeleteCommand: 'deletes a client with all their data (right to erasure)',
    clientDeleted: 'The client and all their data have been deleted.',
    nameOption: 'name',
    emailOption: 'e-mail address',
    phoneOption: 'phone number',
    reasonOption: 'reason (goes into the log, without personal data)',
    trajectCommand: 'trajects',
    trajectAddCommand: 'starts a traject for a client and prints the id',
    trajectListCommand: 'lists the trajects',
    trajectUpdateCommand: "changes a traject's title, goal or start date",
    startedOption: 'start date (YYYY-MM-DD)',
    dateInvalid: (value: string) => `${value} is not a date; write it as YYYY-MM-DD, for example 2024-03-01.`,
    trajectUpdated: 'The traject is updated.',
    noteCommand: "a traject's private notes",
    noteAddCommand: 'adds a private note',
    noteEditCommand: "rewrites a private note (the earlier text stays in the dossier's history)",
    noteOption: 'number of the note (seq, see traject show)',
    noteTextOption: 'the text of the note',
    noteSaved: 'The note is saved.',
    roundAnsweredOutsideCommand: 'marks a round as answered outside the studio (it then waits no more)',
    undoOption: 'takes the mark back: the round waits for a reply again',
    roundAnsweredOutside: 'The round is marked as answered outside the studio.',
    roundAwaitsAgain: 'The round waits for a reply again.',
    trajectShowCommand: 'prints the whole dossier as JSON',
    trajectVerifyCommand: "checks the dossier's hash chain and every attachment",
    chainOk: (events: number, head: string) => `ok — ${events} events, head ${head}`,
    chainBroken: (event: number) => `The hash chain is broken at event ${event}; restore the dossier from a backup.`,
    attachmentsOk: (count: number) => (count === 1 ? '1 attachment, intact' : `${count} attachments, all intact`),
    attachmentsDamaged: (names: string[]) =>
      `These attachments cannot be opened (damaged or moved): ${names.join(', ')}. Restore them from a backup.`,
    clientOption: 'client id',
    titleOption: 'title',
    goalOption: 'goal',
    catalogueCommand: 'the question catalogue',
    catalogueListCommand: 'lists places and questions with their ids',
    catalogueImportCommand: 'imports places and questions from a JSON file (existing ids are updated)',
    catalogueImported: (places: number, questions: number) => `Imported ${places} places and ${questions} questions.`,
    roundCommand: 'rounds',
    roundAddCommand: 'adds a round of answers from a JSON file and prints the id',
    importCommand:
      'imports e-mails (.eml), answer packets (.passie), Word files (.docx) and text (.txt, .md, .html): one round per file',
    importTrajectOption: 'traject id (may be left out for answer packets: they name their traject themselves)',
    importAllowRepeatOption: 'also imports a file that was imported into this traject before',
    workStage: {
      reading: 'reading the dossier…',
      drawing: 'laying out the pages…',
      signing: 'signing the PDF…',
      archiving: 'making the final PDF and the archive…',
      checking: 'reading everything back and checking it…',
      copying: 'copying files…',
      finishing: 'the last steps…',
    },
    workCountOf: (done: number, total: number) => `(${done} of ${total})`,
    workCount: (done: number) => `(${done} ${done === 1 ? 'file' : 'files'})`,
    importStage: {
      reading: 'reading',
      converting: 'converting',
      sanitising: 'sanitising',
      matching: 'finding questions',
    },
    importProgress: (file: string, index: number, count: number, stage: string, percent: number) =>
      `${file} (${index} of ${count}): ${stage}… ${percent}%`,
    importCancelled: 'The import was cancelled; what was already imported stays.',
    importNeedsTraject: (file: string) =>
      `${file} is not an answer packet, so it names no traject; give the traject with --traject.`,
    imported: (file: string, answers: number) => `${file}: ${answers} ${answers === 1 ? 'answer' : 'answers'}`,
    importFailed: (failed: number, total: number) =>
      `${failed} of the ${total} files ${failed === 1 ? 'was' : 'were'} not imported.`,
    replyCommand: 'replies',
    replyDraftCommand: 'saves a draft reply from a JSON file with text per PASSIE block',
    replySendCommand: 'sends the reply; after that it never changes',
    draftSaved: 'The draft has been saved.',
    replySent: 'The reply has been sent and recorded in the dossier.',
    replyEmailCommand: 'saves a sent reply as a draft e-mail (.eml) to the client, with the signed PDF attached',
    emlOutOption: 'where the .eml file goes (an existing file is not overwritten)',
    withPacketOption: 'attach a new answer packet with these questions: ids separated by commas',
    packetNoteNeedsPacket: '--packet-note belongs to an answer packet; give --with-packet as well.',
    fileExists: (path: string) => `There is already a file at ${path}; choose another name or remove it first.`,
    emailDraftSaved: (path: string) =>
      `The draft e-mail has been saved to ${path}; open it in your mail program and send it from there.`,
    trajectOption: 'traject id',
    roundOption: 'round id',
    fromOption: 'JSON file',
    allowEmptyOption: 'send even with empty blocks (except the two P blocks)',
    fileUnreadable: (file: string) => `The file ${file} cannot be read.`,
    fileInvalid: (file: string) => `The file ${file} does not have the expected content; see passie-studio --help.`,
    textTooLong: (file: string, where: PropertyKey[], max: number) =>
      `${where[0] === 'answers' ? `Answer ${Number(where[1]) + 1}` : `Block ${String(where[0])}`} in ${file} is longer than ${max.toLocaleString('en')} characters, the most one text may hold; shorten it or split it.`,
    exportCommand: 'signed PDFs and the bundle for an access request',
    exportPdfCommand: 'saves the signed dossier of a traject as a PDF',
    exportReplyCommand: 'saves one sent reply as a signed PDF',
    exportAccessCommand:
      'saves every dossier (signed PDFs) and attachment of a client into a new folder, for an access request',
    outOption: 'where the file or folder goes',
    notesOption: 'include the coach’s private notes (clearly marked)',
    exportedTo: (path: string) => `Saved to ${path}`,
    exportedFolder: (path: string, files: number) => `${files} ${files === 1 ? 'file' : 'files'} saved to ${path}`,
    signingCommand: 'the coach’s signing certificate',
    signingShowCommand: 'shows the certificate: name, validity and fingerprint',
    signingCreateCommand: 'creates a self-signed certificate in the coach’s name',
    signingImportCommand:
      'imports a certificate with its key from a PKCS#12 file (.p12/.pfx); password from PASSIE_P12_PASSWORD or the prompt',
    signingExportCertCommand: 'saves the public certificate (.cer) to give to clients',
    signingTimestampCommand:
      'shows or sets the timestamp service (RFC 3161) that stamps every signature; off by default',
    timestampUrlArgument: 'the address of the service (http:// or https://)',
    timestampOffOption: 'stop using a timestamp',
    timestampUrlInvalid: 'Give a web address that starts with https:// or http://, or use --off.',
    timestampOn: (url: string) => `Every signed PDF gets a timestamp from ${url}.`,
    timestampOff: 'No timestamp is used.',
    replaceOption: 'replace the existing certificate',
    p12Option: 'the PKCS#12 file',
    p12PasswordPrompt: 'Password of the PKCS#12 file: ',
    noIdentity: 'There is no signing certificate yet; create one with `passie-studio signing create`.',
    identity: (identity: SigningIdentity) =>
      [
        `Subject:       ${identity.subject}`,
        `Issuer:        ${identity.issuer}${identity.selfSigned ? ' (self-signed)' : ''}`,
        `Valid from:    ${identity.validFrom}`,
        `Valid to:      ${identity.validTo}`,
        `SHA-256:       ${identity.fingerprintSha256}`,
      ].join('\n'),
    backupCommand: 'backups of the vault: make, check and restore',
    backupCreateCommand:
      'backs the vault up into a folder (e.g. on a USB stick), encrypted as the vault is; later runs copy only what changed',
    backupVerifyCommand:
      'checks that every file of a backup is there, intact; with --with-passphrase also that its list of files was not changed, and that every file opens',
    backupWithPassphraseOption:
      'also check the seal of the list of files and open every file with the key (asks for the passphrase, or PASSIE_PASSPHRASE)',
    backupAcceptUnsealedOption:
      'also restore a backup whose list of files carries no seal: only one you are sure was made by an older PASSIE Studio',
    backupRestoreCommand:
      'restores a backup into a new or empty vault folder; what was deleted in the current vault (--vault) stays deleted',
    backupOutOption: 'the folder for the backup (empty, or holding an earlier backup of this vault)',
    backupDirArgument: 'the folder holding the backup',
    backupIntoOption: 'the new or empty folder to restore the vault into',
    backupCreated: (folder: string, files: number, copied: number, size: string, copiedSize: string) =>
      `Backup made in ${folder}: ${files} files (${size}), ` +
      (copied === 0
        ? 'nothing changed since the previous backup.'
        : `${copied} new or changed (${copiedSize} copied).`),
    backupVerified: (files: number, size: string, createdAt: string) =>
      `The backup of ${createdAt} is in order: ${files} files (${size}), each intact.`,
    verifySealChecked: 'Its list of files carries the vault’s seal, and every file opens with the vault’s key.',
    verifySealUnchecked:
      'Whether its list of files was changed after it was made was not checked: that needs the passphrase (--with-passphrase).',
    verifySealNone:
      'This backup was made by an older PASSIE Studio: its list of files carries no seal, so whether files were left out or swapped for older versions cannot be checked. The next backup into this folder will carry the seal.',
    verifyOpened: 'Every file opens with the vault’s key.',
    backupUnreadableKept: (paths: string) =>
      `These vault files could not be opened (damaged?); the backup keeps their earlier version: ${paths}.`,
    backupUnreadableLeftOut: (paths: string) =>
      `These vault files could not be opened (damaged?) and are not in this backup: ${paths}.`,
    restoreUnsealedHint:
      'Are you sure it is an old backup, made before PASSIE Studio sealed its backups? Then restore it with --accept-unsealed.',
    restoreUnsealed:
      'The list of files of this backup carried no seal: every file opened with the key, but whether one was left out cannot be checked.',
    backupRestored: (into: string, files: number, createdAt: string) =>
      `The backup of ${createdAt} has been restored into ${into}: ${files} files. The vault opens with your passphrase.`,
    restoreDeletions: (added: number, clients: number) =>
      `Re-applied ${added} ${added === 1 ? 'deletion' : 'deletions'} from the current vault` +
      (clients > 0 ? ` (${clients} ${clients === 1 ? 'client' : 'clients'} deleted again).` : '.'),
    restoreOtherVault: 'The vault at --vault is a different vault; its deletions were not applied.',
    restoreNewerUnreadable:
      'The log of the current vault could not be read: delete again, if needed, clients you deleted after this backup.',
    restoreNewerPassphrase: 'The passphrase is that of the current vault: it was changed after this backup.',
    trajectCloseCommand:
      'closes a traject: final signed PDF, and everything in one encrypted archive file; prints its path',
    retentionYearsOption: 'retention in years after closing (1–20; default from settings)',
    archiveCommand: 'archives of closed trajects: list, verify, restore, extract, destroy',
    archiveListCommand: 'lists every archive with its retention date',
    archiveVerifyCommand: 'checks an archive (file or id) completely: every entry and the hash chain',
    archiveRestoreCommand: 'restores an archive (file or id) as a closed, read-only traject',
    archiveExtractCommand: 'extracts an archive (file or id), unencrypted, into a new or empty folder',
    archiveDestroyCommand: 'destroys an archive whose retention period has passed (logged)',
    archiveFileArgument: 'the archive file (.passie-archive) or the traject id',
    archiveForceOption: 'also before the retention date (deliberately, with a reason)',
    archiveOutOption: 'the new or empty folder for the extracted files',
    archiveDue: { active: 'keep', dueSoon: 'due soon', due: 'due for destruction' },
    archiveLine: (client: string, title: string, closed: string, until: string, due: string) =>
      `${client} — ${title}: closed ${closed}, keep until ${until} (${due})`,
    noArchives: 'There are no archives.',
    archiveOk: (entries: number, head: string) => `ok — ${entries} entries, head ${head}`,
    archiveRestored: (id: string) => `The traject ${id} has been restored (closed, read-only).`,
    archiveDestroyed: 'The archive has been destroyed; the deletion is in the log.',
    extractWarning:
      'Note: the extracted files are NOT encrypted. Keep them safe and delete them as soon as you no longer need them.',
    extractedTo: (path: string, files: number) => `${files} files extracted into ${path}`,
    packetCommand: 'answer packets: questions a client answers offline, returned to you encrypted',
    packetCreateCommand: "makes an answer packet (one HTML file) with catalogue questions for a traject's client",
    packetQuestionsOption: 'question ids, separated by commas (as `catalogue list` prints them)',
    packetNoteOption: 'a personal message above the questions',
    packetLanguageOption: 'language of the page (default: your language from the settings)',
    packetCreated: (path: string) =>
      `Answer packet saved to ${path}. Send the file to your client; the answers come back encrypted as a .passie file.`,
    ...settingsMessages.en,
  },
} satisfies Record<Language, unknown>;

export type CliMessages = (typeof cliMessages)[Language];

/** The terminal's language, as the CLI speaks it. */
export function cliLanguage(env: NodeJS.ProcessEnv): Language {
  return languageFromLocale(env.LC_ALL || env.LC_MESSAGES || env.LANG);
}
