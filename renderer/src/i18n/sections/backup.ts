/** Making a backup (settings) and restoring one (the first screen, while there is no vault) (`backup.*`). */
const nl = {
  card: {
    title: 'Back-up',
    intro:
      'Een back-up is een kopie van uw kluis, net zo versleuteld, in een map die u kiest: bijvoorbeeld op een USB-stick. De volgende keer worden alleen nieuwe en gewijzigde bestanden gekopieerd.',
    last: 'Laatste back-up: {{when}}, in de map ‘{{folder}}’.',
    never: 'Er is nog geen back-up gemaakt.',
    make: 'Back-up maken',
    busy: 'Back-up maken…',
    chooseAndMake: 'Map kiezen en back-up maken…',
    chooseOther: 'In een andere map…',
    folderLabel: 'Map voor de back-up',
    folderHint: 'Plak of typ het volledige pad van een bestaande map, bijvoorbeeld /Volumes/USB/PASSIE of E:\\PASSIE.',
    folderHintRemembered:
      'Leeg laten: weer in ‘{{folder}}’. Of plak of typ het volledige pad van een andere bestaande map.',
    made_one: 'Back-up gemaakt: {{count}} bestand ({{size}}).',
    made_other: 'Back-up gemaakt: {{count}} bestanden ({{size}}).',
    copied_one: '{{count}} daarvan is gekopieerd, omdat het nieuw of gewijzigd was ({{size}}).',
    copied_other: '{{count}} daarvan zijn gekopieerd, omdat ze nieuw of gewijzigd waren ({{size}}).',
    copiedAll: 'Alle bestanden zijn gekopieerd ({{size}}).',
    copiedNone: 'Er was niets veranderd sinds de vorige back-up, dus er is niets gekopieerd.',
    unreadableKept_one:
      'Dit bestand van de kluis kon niet worden geopend; het is beschadigd. De back-up houdt de eerdere versie, die wel opent:',
    unreadableKept_other:
      'Deze bestanden van de kluis konden niet worden geopend; ze zijn beschadigd. De back-up houdt hun eerdere versie, die wel opent:',
    unreadableLeftOut_one:
      'Dit bestand van de kluis kon niet worden geopend; het is beschadigd, en er was geen eerdere versie. Het staat niet in de back-up:',
    unreadableLeftOut_other:
      'Deze bestanden van de kluis konden niet worden geopend; ze zijn beschadigd, en er was geen eerdere versie. Ze staan niet in de back-up:',
  },
  folder: {
    empty: 'Vul eerst het volledige pad van een map in.',
    notAbsolute:
      'Dat is geen volledig pad; het begint met / (Mac, Linux) of met een stationsletter zoals E:\\ (Windows).',
  },
  restore: {
    start: 'Terugzetten uit een back-up',
    title: 'Terugzetten uit een back-up',
    body: 'Zet uw kluis terug zoals hij was op het moment van de back-up. Daarna opent u hem met het wachtwoord (of de herstelsleutel) van die kluis.',
    folderLabel: 'Map met de back-up',
    folderHint:
      'De map met het bestand backup-manifest.json. Plak of typ het volledige pad, bijvoorbeeld /Volumes/USB/PASSIE of E:\\PASSIE.',
    secretLabel: 'Wachtwoord of herstelsleutel',
    secretHint:
      'Van de kluis toen de back-up werd gemaakt. Daarmee controleert de studio dat er niets aan de back-up is veranderd, en opent hij elk bestand, voordat hij de kluis terugzet.',
    secretMissing: 'Vul eerst het wachtwoord of de herstelsleutel van de back-up in.',
    acceptUnsealed:
      'Ik weet zeker dat dit een oude back-up is, gemaakt met een oudere PASSIE Studio: toch terugzetten.',
    submit: 'Back-up terugzetten',
    choose: 'Map met de back-up kiezen…',
    busy: 'Back-up controleren en terugzetten…',
    back: 'Terug',
    done: 'De back-up van {{when}} is teruggezet; elk bestand is gecontroleerd. Ontgrendel de kluis met het wachtwoord van toen.',
  },
};

const en: typeof nl = {
  card: {
    title: 'Backup',
    intro:
      'A backup is a copy of your vault, just as encrypted, in a folder you choose: on a USB stick, for example. Next time, only new and changed files are copied.',
    last: 'Last backup: {{when}}, in the folder ‘{{folder}}’.',
    never: 'No backup has been made yet.',
    make: 'Make a backup',
    busy: 'Making the backup…',
    chooseAndMake: 'Choose a folder and make a backup…',
    chooseOther: 'In another folder…',
    folderLabel: 'Folder for the backup',
    folderHint: 'Paste or type the full path of an existing folder, for example /Volumes/USB/PASSIE or E:\\PASSIE.',
    folderHintRemembered:
      'Leave empty: in ‘{{folder}}’ again. Or paste or type the full path of another existing folder.',
    made_one: 'Backup made: {{count}} file ({{size}}).',
    made_other: 'Backup made: {{count}} files ({{size}}).',
    copied_one: '{{count}} of them was copied because it was new or changed ({{size}}).',
    copied_other: '{{count}} of them were copied because they were new or changed ({{size}}).',
    copiedAll: 'All files were copied ({{size}}).',
    copiedNone: 'Nothing had changed since the previous backup, so nothing was copied.',
    unreadableKept_one:
      'This vault file could not be opened; it is damaged. The backup keeps its earlier version, which does open:',
    unreadableKept_other:
      'These vault files could not be opened; they are damaged. The backup keeps their earlier versions, which do open:',
    unreadableLeftOut_one:
      'This vault file could not be opened; it is damaged, and there was no earlier version. It is not in the backup:',
    unreadableLeftOut_other:
      'These vault files could not be opened; they are damaged, and there were no earlier versions. They are not in the backup:',
  },
  folder: {
    empty: 'First fill in the full path of a folder.',
    notAbsolute:
      'That is not a full path; it starts with / (Mac, Linux) or with a drive letter such as E:\\ (Windows).',
  },
  restore: {
    start: 'Restore from a backup',
    title: 'Restore from a backup',
    body: 'Restore your vault as it was when the backup was made. Then open it with the passphrase (or the recovery key) of that vault.',
    folderLabel: 'Folder with the backup',
    folderHint:
      'The folder with the file backup-manifest.json. Paste or type the full path, for example /Volumes/USB/PASSIE or E:\\PASSIE.',
    secretLabel: 'Passphrase or recovery key',
    secretHint:
      'Of the vault when the backup was made. With it the studio checks that nothing in the backup was changed, and opens every file, before it restores the vault.',
    secretMissing: 'First fill in the passphrase or the recovery key of the backup.',
    acceptUnsealed: 'I am sure this is an old backup, made by an older PASSIE Studio: restore it anyway.',
    submit: 'Restore the backup',
    choose: 'Choose the folder with the backup…',
    busy: 'Checking and restoring the backup…',
    back: 'Back',
    done: 'The backup of {{when}} has been restored; every file was checked. Unlock the vault with the passphrase from then.',
  },
};

export const backup = { nl, en };
