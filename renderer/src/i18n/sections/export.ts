/** Signed PDFs and the coach's signing certificate (`export.*`). */
const nl = {
  dossier: {
    title: 'Dossier exporteren',
    intro:
      'Een PDF van het hele dossier, digitaal ondertekend met uw certificaat: elke PDF-lezer laat zien dat hij echt en onveranderd is.',
    notes: 'Mijn privénotities meenemen (duidelijk gemarkeerd)',
    submit: 'Dossier exporteren (ondertekend)',
    busy: 'PDF maken en ondertekenen…',
  },
  reply: {
    submit: 'PDF van deze reactie',
    busy: 'PDF maken…',
  },
  access: {
    title: 'Inzageverzoek',
    intro:
      'Vraagt {{client}} om inzage? Dit maakt één zip-bestand met het ondertekende dossier van elk traject en alle bijlagen.',
    submit: 'Inzagebestand maken',
    busy: 'Dossiers ondertekenen…',
    fileName: 'inzageverzoek.zip',
  },
  saved: '{{file}} is gemaakt; uw browser of het systeem vraagt waar het heen moet, of zet het in Downloads.',
  timestamp: {
    title: 'Tijdstempel',
    intro:
      'Met een tijdstempel van een vertrouwde tijdstempeldienst (RFC 3161) kan iedereen later nagaan wanneer een PDF is ondertekend. Daarvoor stuurt de studio bij elke export alleen een vingerafdruk van de handtekening naar die dienst, nooit de inhoud. Laat het veld leeg om geen tijdstempel te gebruiken.',
    url: 'Adres van de tijdstempeldienst',
    hint: 'Bijvoorbeeld het adres dat uw vertrouwensdienst opgeeft, beginnend met https:// of http://. Lukt een tijdstempel niet, dan wordt er geen PDF gemaakt en leest u waarom.',
    invalid: 'Vul een webadres in dat begint met https:// of http://, of laat het veld leeg.',
    on: 'Elke ondertekende PDF krijgt een tijdstempel.',
    off: 'Er wordt geen tijdstempel gebruikt.',
  },
  signing: {
    title: 'Ondertekening',
    intro:
      'Uw geëxporteerde dossiers worden digitaal ondertekend. Geef uw cliënten het openbare certificaat als ze de handtekening willen controleren.',
    none: 'Er is nog geen certificaat. Het wordt aangemaakt bij de eerste export, of maak het nu aan.',
    subject: 'Op naam van',
    issuer: 'Uitgegeven door',
    selfSigned: 'Zelf ondertekend (door de studio gemaakt)',
    validity: 'Geldig',
    validRange: '{{from}} tot {{to}}',
    fingerprint: 'Vingerafdruk (SHA-256)',
    create: 'Certificaat aanmaken',
    creating: 'Bezig met aanmaken…',
    replace: 'Nieuw certificaat aanmaken',
    replaceWarning:
      'Eerder ondertekende PDF’s blijven geldig, maar verwijzen naar het oude certificaat. Weet u het zeker?',
    replaceConfirm: 'Ja, nieuw certificaat',
    cancel: 'Annuleren',
    exportCert: 'Openbaar certificaat opslaan (.cer)',
    importTitle: 'Certificaat van een vertrouwensdienst importeren',
    importFile: 'PKCS#12-bestand (.p12 of .pfx)',
    importPassword: 'Wachtwoord van het bestand',
    importHint: 'Het wachtwoord wordt alleen gebruikt om het bestand te openen en nergens bewaard.',
    importSubmit: 'Importeren',
    importing: 'Bezig met importeren…',
    chooseFile: 'Kies eerst een .p12- of .pfx-bestand.',
    done: 'Het certificaat is klaar.',
  },
};

const en: typeof nl = {
  dossier: {
    title: 'Export dossier',
    intro:
      'A PDF of the whole dossier, digitally signed with your certificate: any PDF reader shows that it is genuine and unchanged.',
    notes: 'Include my private notes (clearly marked)',
    submit: 'Export dossier (signed)',
    busy: 'Making and signing the PDF…',
  },
  reply: {
    submit: 'PDF of this reply',
    busy: 'Making the PDF…',
  },
  access: {
    title: 'Access request',
    intro:
      'Does {{client}} ask to see their data? This makes one zip file with the signed dossier of every traject and all attachments.',
    submit: 'Make the access file',
    busy: 'Signing the dossiers…',
    fileName: 'access-request.zip',
  },
  saved: '{{file}} has been made; your browser or system asks where it goes, or puts it in Downloads.',
  timestamp: {
    title: 'Timestamp',
    intro:
      'With a timestamp from a trusted timestamp service (RFC 3161) anyone can later check when a PDF was signed. For this the studio sends only a fingerprint of the signature to that service at each export, never the content. Leave the field empty to use no timestamp.',
    url: 'Address of the timestamp service',
    hint: 'For example the address your trust provider gives, starting with https:// or http://. When a timestamp fails, no PDF is made and you read why.',
    invalid: 'Enter a web address that starts with https:// or http://, or leave the field empty.',
    on: 'Every signed PDF gets a timestamp.',
    off: 'No timestamp is used.',
  },
  signing: {
    title: 'Signing',
    intro:
      'Your exported dossiers are digitally signed. Give your clients the public certificate if they want to check the signature.',
    none: 'There is no certificate yet. It is made at the first export, or make it now.',
    subject: 'In the name of',
    issuer: 'Issued by',
    selfSigned: 'Self-signed (made by the studio)',
    validity: 'Valid',
    validRange: '{{from}} to {{to}}',
    fingerprint: 'Fingerprint (SHA-256)',
    create: 'Create certificate',
    creating: 'Creating…',
    replace: 'Create a new certificate',
    replaceWarning: 'PDFs signed before stay valid but refer to the old certificate. Are you sure?',
    replaceConfirm: 'Yes, new certificate',
    cancel: 'Cancel',
    exportCert: 'Save public certificate (.cer)',
    importTitle: 'Import a certificate from a trust provider',
    importFile: 'PKCS#12 file (.p12 or .pfx)',
    importPassword: 'Password of the file',
    importHint: 'The password is only used to open the file and is not kept anywhere.',
    importSubmit: 'Import',
    importing: 'Importing…',
    chooseFile: 'First choose a .p12 or .pfx file.',
    done: 'The certificate is ready.',
  },
};

export const exporting = { nl, en };
