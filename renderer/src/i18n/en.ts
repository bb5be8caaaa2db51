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
import type { Messages } from './nl';

export const en: Messages = {
  app: {
    name: 'PASSIE Studio',
    tagline: 'Your workspace for written coaching with the PASSIE model.',
    version: 'version {{version}}',
    localOnly: 'Local and encrypted',
  },
  language: {
    switcherLabel: 'Language',
  },
  welcome: {
    loading: 'Opening the studio…',
    none: {
      title: 'Welcome',
      body: 'This is where you write your replies with the PASSIE model and keep every dossier complete. Everything stays encrypted on this computer: no cloud, no account.',
      note: 'You start with a vault: an encrypted folder that only you can open, with your own passphrase.',
      action: 'Create a new vault',
    },
    error: {
      title: 'That did not work',
      retry: 'Try again',
    },
  },
  passphrase: {
    show: 'Show',
    hint: 'Tip: choose a short sentence of four or five words that do not belong together and that only you would think of. At least 12 characters.',
    match: 'The passphrases match.',
    mismatch: 'The passphrases do not match.',
    meter: {
      label: 'Strength',
      empty: 'Nothing typed yet.',
      checking: 'Checking the strength…',
      level0: 'Very weak',
      level1: 'Weak',
      level2: 'Fair',
      level3: 'Strong',
      level4: 'Very strong',
      tooShort: 'Still too short: use at least 12 characters.',
      tooGuessable: 'Too easy to guess: make the sentence longer, with words that do not belong together.',
      acceptable: 'Well done, this passphrase is strong enough.',
    },
  },
  create: {
    title: 'Create a new vault',
    body: 'Choose the passphrase you will open the vault with from now on. Everything you keep in the studio is encrypted with it.',
    passphraseLabel: 'Passphrase',
    confirmLabel: 'Repeat the passphrase',
    submit: 'Create vault',
    busy: 'Creating the vault…',
    cancel: 'Back',
    toUnlock: 'Go to unlock',
  },
  coachDetails: {
    title: 'Who are you?',
    body: 'Your name goes into the digital signature of every PDF; your clients see your practice and e-mail address on their answer page. You can change this later in Settings → Your details.',
    nameHint: 'As your clients know you.',
    emailHint: 'May stay empty; your clients send their answers to this address.',
    save: 'Save and continue',
    later: 'Fill in later',
    reminder: 'Fill in your name: it goes into the signature of every PDF you make.',
    reminderLink: 'Go to Settings → Your details',
  },
  recoveryKey: {
    title: 'Your recovery key',
    body: 'With this key you open your vault if you ever forget your passphrase; without the passphrase and without the recovery key nobody can get your dossiers back, not even you. Keep the recovery sheet on paper in a safe place, away from this computer: the key is shown only now.',
    keyLabel: 'Recovery key',
    printHeader: 'PASSIE Studio · recovery key · {{date}}',
    save: 'Save recovery sheet (PDF)',
    fileName: 'passie-studio-recovery-sheet.pdf',
    saved: 'The recovery sheet was saved as {{fileName}}.',
    print: 'Print',
    kept: 'I have kept the recovery key',
    continue: 'Continue',
  },
  unlock: {
    title: 'Your vault is locked',
    body: 'Unlock the vault with your passphrase to carry on with your dossiers.',
    autoLocked: 'The vault locked itself because you were away for a while. Your work has been saved.',
    passphraseLabel: 'Passphrase',
    submit: 'Unlock',
    busy: 'Unlocking…',
    empty: 'Please type your passphrase first.',
    forgot: 'Forgot your passphrase? Recover with the recovery key',
  },
  recover: {
    title: 'Recover with the recovery key',
    body: 'Type the recovery key from your recovery sheet and choose a new passphrase. Your dossiers stay as they are.',
    keyLabel: 'Recovery key',
    keyHint: 'Eight groups of four characters. Capitals, spaces and dashes do not matter.',
    keyEmpty: 'Please type the recovery key first.',
    passphraseLabel: 'New passphrase',
    confirmLabel: 'Repeat the new passphrase',
    submit: 'Recover and unlock',
    busy: 'Recovering…',
    back: 'Back to unlock',
  },
  lock: {
    label: 'Lock',
    tooltip: 'Lock the vault ({{shortcut}})',
  },
  errors: errorMessages.en,
  editor: editor.en,
  archive: archive.en,
  backup: backup.en,
  export: exporting.en,
  import: importing.en,
  packet: packet.en,
  round: round.en,
  settings: settings.en,
  packetKey: packetKey.en,
  health: vaultHealth.en,
  vaultKeys: vaultKeys.en,
  reminders: reminders.en,
  longWork: longWork.en,
  nav: nav.en,
  dashboard: dashboard.en,
  clients: clients.en,
  traject: traject.en,
  search: search.en,
};
