import { recoverySheetPdf } from '../../services/vault/recovery-sheet';
import type { Language } from '../../../shared/i18n/language';
import type { HandlersOf, StudioServices } from './studio-services';

/** A client whose name went with a lost index, until the coach names them again. */
const UNNAMED_CLIENT: Record<Language, (n: number) => string> = {
  nl: (n) => `Cliënt zonder naam ${n}`,
  en: (n) => `Client without a name ${n}`,
};

export function vaultHandlers({
  vault,
  integrity,
  session,
  now,
  language,
  dossiers,
  archives,
  settings,
}: StudioServices): HandlersOf<'vault'> {
  /**
   * A new recovery key the coach has not yet said is kept: held in this process's memory only (never on disk), so a
   * reload of the window shows it again instead of losing it. Forgotten once confirmed, and when the vault locks.
   */
  let unconfirmed: { recoveryKey: string; recoverySheetPdf: string } | undefined;
  vault.onLock({ after: () => (unconfirmed = undefined) });

  /** A recovery key as the coach gets it: the key once, and its printable sheet. */
  const withSheet = async (recoveryKey: string, chosen: Language | undefined) => {
    const sheet = await recoverySheetPdf(recoveryKey, new Date(now()), chosen ?? language());
    unconfirmed = { recoveryKey, recoverySheetPdf: sheet.toString('base64') };
    return unconfirmed;
  };
  return {
    'vault.create': async ({ passphrase, language: chosen }) => {
      const { recoveryKey } = await vault.create(passphrase);
      await session.opened();
      // The language the coach set the vault up in is theirs from now on (not the system's, nor the server's).
      if (chosen) session.settingsChanged(await settings.update({ language: chosen }));
      return withSheet(recoveryKey, chosen);
    },
    'vault.rotateKey': async ({ passphrase, language: chosen }) => {
      vault.key();
      return withSheet(await integrity.rotate(passphrase), chosen);
    },
    'vault.newRecoveryKey': async ({ passphrase, language: chosen }) => {
      vault.key();
      return withSheet(await vault.newRecoveryKey(passphrase), chosen);
    },
    'vault.check': async () => {
      vault.key();
      return integrity.check();
    },
    'vault.rebuildIndex': async () => {
      vault.key();
      const archived = await archives.entries().catch(() => []);
      const rebuilt = await dossiers.rebuildIndex(archived, (n) => UNNAMED_CLIENT[language()](n));
      await integrity.check();
      return rebuilt;
    },
    'vault.unlock': async ({ passphrase }) => {
      await vault.unlock(passphrase);
      await session.opened();
      return {};
    },
    'vault.recover': async ({ recoveryKey, newPassphrase }) => {
      await vault.recover(recoveryKey, newPassphrase);
      await session.opened();
      return {};
    },
    'vault.changePassphrase': async ({ currentPassphrase, newPassphrase }) => {
      await vault.changePassphrase(currentPassphrase, newPassphrase);
      return {};
    },
    'vault.unconfirmedRecoveryKey': async () => {
      vault.key();
      return unconfirmed ? { unconfirmed } : {};
    },
    'vault.confirmRecoveryKey': async () => {
      vault.key();
      unconfirmed = undefined;
      return {};
    },
    'vault.lock': async () => {
      await vault.lock();
      return {};
    },
  };
}
