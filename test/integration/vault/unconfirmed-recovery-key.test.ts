import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TEST_PASSPHRASE, TempStudio } from '../../support/temp-studio';

let temp: TempStudio;
beforeEach(async () => {
  temp = await TempStudio.open();
});
afterEach(async () => {
  await temp.dispose();
});

describe('a recovery key the coach has not yet confirmed', () => {
  it('is given again until confirmed, then forgotten', async () => {
    const { unconfirmed } = await temp.call('vault.unconfirmedRecoveryKey', {});
    expect(unconfirmed?.recoveryKey).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){7}$/);
    expect(Buffer.from(unconfirmed!.recoverySheetPdf, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
    // Asked again (a reload of the window): the same key.
    expect((await temp.call('vault.unconfirmedRecoveryKey', {})).unconfirmed).toEqual(unconfirmed);
    await temp.call('vault.confirmRecoveryKey', {});
    expect(await temp.call('vault.unconfirmedRecoveryKey', {})).toEqual({});
  });

  it('is the newest one after a renewal, and forgotten when the vault locks', async () => {
    await temp.call('vault.confirmRecoveryKey', {});
    const renewed = await temp.call('vault.newRecoveryKey', { passphrase: TEST_PASSPHRASE });
    expect((await temp.call('vault.unconfirmedRecoveryKey', {})).unconfirmed?.recoveryKey).toBe(renewed.recoveryKey);
    await temp.call('vault.lock', {});
    expect(await temp.codeOf('vault.unconfirmedRecoveryKey', {})).toBe('vault_locked');
    await temp.call('vault.unlock', { passphrase: TEST_PASSPHRASE });
    expect(await temp.call('vault.unconfirmedRecoveryKey', {})).toEqual({});
  });
});
