/** The security card's key actions: a new recovery key, and a new key for the whole vault (`vaultKeys.*`). */
const nl = {
  newRecoveryKey: {
    open: 'Nieuwe herstelsleutel maken',
    explain:
      'U krijgt een nieuwe herstelsleutel, één keer getoond, met een herstelblad om op te slaan of af te drukken. Uw vorige herstelsleutel werkt daarna niet meer; uw wachtwoord blijft hetzelfde.',
    submit: 'Herstelsleutel maken',
    busy: 'Bezig met maken…',
    progress: 'De nieuwe herstelsleutel wordt gemaakt…',
    done: 'Uw nieuwe herstelsleutel is gemaakt. De vorige werkt niet meer.',
  },
  rotateKey: {
    open: 'Sleutel van de kluis vernieuwen',
    explain:
      'Alles in uw kluis wordt opnieuw versleuteld met een nieuwe sleutel, zodat een oude kopie van vault.json met een oud wachtwoord niets meer opent van wat er in uw kluis staat. U krijgt ook een nieuwe herstelsleutel, die maar één keer wordt getoond.',
    submit: 'Sleutel vernieuwen',
    busy: 'Bezig met vernieuwen…',
    progress: 'Alles in uw kluis wordt opnieuw versleuteld. Dat kan even duren; sluit de studio zolang niet.',
    done: 'De sleutel van de kluis is vernieuwd: alles is opnieuw versleuteld. Uw wachtwoord blijft hetzelfde; de vorige herstelsleutel werkt niet meer.',
  },
  passphraseLabel: 'Uw wachtwoord',
  passphraseEmpty: 'Vul eerst uw wachtwoord in.',
  cancel: 'Annuleren',
  renewed: {
    title: 'Uw nieuwe herstelsleutel',
    note: 'Uw vorige herstelsleutel werkt niet meer: vernietig het oude herstelblad.',
  },
};

const en: typeof nl = {
  newRecoveryKey: {
    open: 'Make a new recovery key',
    explain:
      'You get a new recovery key, shown once, with a recovery sheet to save or print. Your previous recovery key stops working; your passphrase stays the same.',
    submit: 'Make the recovery key',
    busy: 'Making…',
    progress: 'Making the new recovery key…',
    done: 'Your new recovery key has been made. The previous one no longer works.',
  },
  rotateKey: {
    open: 'Renew the vault’s key',
    explain:
      'Everything in your vault is encrypted again with a new key, so that an old copy of vault.json with an old passphrase no longer opens anything in your vault. You also get a new recovery key, shown only once.',
    submit: 'Renew the key',
    busy: 'Renewing…',
    progress:
      'Encrypting everything in your vault again. This can take a while; keep the studio open until it is done.',
    done: 'The vault’s key has been renewed: everything is encrypted again. Your passphrase stays the same; the previous recovery key no longer works.',
  },
  passphraseLabel: 'Your passphrase',
  passphraseEmpty: 'Please type your passphrase first.',
  cancel: 'Cancel',
  renewed: {
    title: 'Your new recovery key',
    note: 'Your previous recovery key no longer works: destroy the old recovery sheet.',
  },
};

export const vaultKeys = { nl, en };
