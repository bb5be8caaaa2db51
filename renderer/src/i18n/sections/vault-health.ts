/** The unlocked studio's banners about the vault's own files and its recovery key (`health.*`). */
const nl = {
  damage: {
    title_one: 'Eén bestand in uw kluis is niet in orde',
    title_other: '{{count}} bestanden in uw kluis zijn niet in orde',
    name: {
      dossier: 'Het dossier van ‘{{title}}’',
      attachment: 'Een bijlage bij ‘{{title}}’',
      archive: 'Het archief van ‘{{title}}’',
      file: 'Het bestand {{file}}',
    },
    problem: {
      missing: '{{name}} ontbreekt.',
      rolled_back: '{{name}} is een oudere kopie: er is een oude versie teruggezet.',
      deleted: '{{name}} was verwijderd en kwam terug uit een oude kopie; de studio heeft het opnieuw verwijderd.',
      unreadable: '{{name}} kan niet worden gelezen.',
    },
    restore_one:
      'Zet dit bestand terug uit uw nieuwste back-up en kies daarna ‘Opnieuw controleren’. De rest van de kluis werkt gewoon.',
    restore_other:
      'Zet deze bestanden terug uit uw nieuwste back-up en kies daarna ‘Opnieuw controleren’. De rest van de kluis werkt gewoon.',
    nothingToDo: 'Hiervoor hoeft u niets te doen: wat verwijderd is, blijft verwijderd.',
    check: 'Opnieuw controleren',
    checking: 'Bezig met controleren…',
    stillDamaged_one: 'Opnieuw gecontroleerd: één bestand is nog niet in orde.',
    stillDamaged_other: 'Opnieuw gecontroleerd: {{count}} bestanden zijn nog niet in orde.',
    allWell: 'Opnieuw gecontroleerd: alle bestanden in uw kluis zijn in orde.',
  },
  index: {
    explain:
      'Het overzicht kan opnieuw worden gemaakt uit de dossiers en archieven zelf. Namen en gegevens van cliënten staan alleen in het overzicht; wat niet meer te lezen is, vult u daarna zelf weer in.',
    rebuild: 'Overzicht opnieuw maken',
    rebuilding: 'Bezig met opnieuw maken…',
    open: 'Overzicht openen',
    rebuilt: 'Het overzicht is opnieuw gemaakt: {{clients}} cliënten, {{trajects}} trajecten.',
    unnamed_one: 'Eén cliënt heeft geen naam meer; geef die bij Cliënten weer een naam.',
    unnamed_other: '{{count}} cliënten hebben geen naam meer; geef ze bij Cliënten weer een naam.',
  },
  recoveryKey: {
    body: 'Uw herstelsleutel werkt niet meer: de sleutel van de kluis is vernieuwd zonder dat u de nieuwe herstelsleutel hebt gezien. Maak een nieuwe herstelsleutel, zodat u uw kluis kunt openen als u uw wachtwoord ooit vergeet.',
    action: 'Nieuwe herstelsleutel maken',
  },
};

const en: typeof nl = {
  damage: {
    title_one: 'One file in your vault is not in order',
    title_other: '{{count}} files in your vault are not in order',
    name: {
      dossier: 'The dossier of ‘{{title}}’',
      attachment: 'An attachment of ‘{{title}}’',
      archive: 'The archive of ‘{{title}}’',
      file: 'The file {{file}}',
    },
    problem: {
      missing: '{{name}} is missing.',
      rolled_back: '{{name}} is an older copy: an old version was put back.',
      deleted: '{{name}} had been deleted and came back from an old copy; the studio has deleted it again.',
      unreadable: '{{name}} cannot be read.',
    },
    restore_one:
      'Restore this file from your latest backup, then choose ‘Check again’. The rest of the vault works as usual.',
    restore_other:
      'Restore these files from your latest backup, then choose ‘Check again’. The rest of the vault works as usual.',
    nothingToDo: 'You need not do anything about this: what was deleted stays deleted.',
    check: 'Check again',
    checking: 'Checking…',
    stillDamaged_one: 'Checked again: one file is still not in order.',
    stillDamaged_other: 'Checked again: {{count}} files are still not in order.',
    allWell: 'Checked again: every file in your vault is in order.',
  },
  index: {
    explain:
      'The overview can be made again from the dossiers and archives themselves. Clients’ names and details are only in the overview; what can no longer be read, you fill in again afterwards.',
    rebuild: 'Make the overview again',
    rebuilding: 'Making it again…',
    open: 'Open the overview',
    rebuilt: 'The overview has been made again: {{clients}} clients, {{trajects}} trajects.',
    unnamed_one: 'One client no longer has a name; give them their name again under Clients.',
    unnamed_other: '{{count}} clients no longer have a name; give them their name again under Clients.',
  },
  recoveryKey: {
    body: 'Your recovery key no longer works: the vault’s key was renewed without you seeing the new recovery key. Make a new recovery key, so that you can open your vault if you ever forget your passphrase.',
    action: 'Make a new recovery key',
  },
};

export const vaultHealth = { nl, en };
