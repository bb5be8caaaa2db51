import { recoverySheetPdf } from '../../services/vault/recovery-sheet';
import type { HandlersOf, StudioServices } from './studio-services';

export function vaultHandlers({ vault, session, now, language }: StudioServices): HandlersOf<'vault'> {
  return {
    'vault.create': async ({ passphrase, language: chosen }) => {
      const { recoveryKey } = await vault.create(passphrase);
      await session.opened();
      const sheet = await recoverySheetPdf(recoveryKey, new Date(now()), chosen ?? language());
      return { recoveryKey, recoverySheetPdf: sheet.toString('base64') };
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
    'vault.lock': async () => {
      await vault.lock();
      return {};
    },
  };
}
