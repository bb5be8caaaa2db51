import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { richTextFromPlain } from '../../../shared/domain/rich-text';
import { TempStudio } from '../../support/temp-studio';

let temp: TempStudio;
beforeEach(async () => {
  temp = await TempStudio.open();
});
afterEach(async () => {
  await temp.dispose();
});

describe('app.reminders', () => {
  it('lists every round awaiting a reply by ids and times only, with the coach’s choice', async () => {
    const { id: clientId } = await temp.call('client.add', { name: 'Danielle van Dijk-Ramdin' });
    const { id: trajectId } = await temp.call('traject.add', { clientId, title: 'Loopbaan' });
    const receivedAt = '2026-03-02T08:00:00.000Z';
    const round = await temp.call('round.add', {
      trajectId,
      receivedAt,
      answers: [{ title: 'Mijn vraag', content: richTextFromPlain('Bij mijn oma in de keuken.') }],
    });

    const reminders = await temp.call('app.reminders', {});
    expect(reminders).toEqual({
      on: true,
      awaiting: [{ trajectId, roundId: round.id, receivedAt, dueAt: '2026-03-04T08:00:00.000Z' }],
    });
    expect(JSON.stringify(reminders)).not.toMatch(/Danielle|Loopbaan|vraag|oma/);

    await temp.call('settings.update', { notifications: false });
    expect((await temp.call('app.reminders', {})).on).toBe(false);
  });

  it('is passive: polling it does not keep the vault from locking itself', async () => {
    const touch = vi.spyOn(temp.studio.vault, 'touch');
    await temp.call('app.reminders', {});
    expect(touch).not.toHaveBeenCalled();
    await temp.call('traject.list', {});
    expect(touch).toHaveBeenCalled();
  });

  it('tells nothing while the vault is locked', async () => {
    await temp.call('client.add', { name: 'Hannah Whitfield' });
    await temp.call('settings.update', { notifications: true });
    await temp.call('vault.lock', {});
    expect(await temp.codeOf('app.reminders', {})).toBe('vault_locked');
  });
});
