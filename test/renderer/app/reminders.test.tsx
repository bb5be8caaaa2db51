// @vitest-environment jsdom
import { act, fireEvent, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ReminderNotification, ReminderTarget, RemindersState } from '../../../shared/domain/reminders';
import { webNotifier, type Notifier } from '../../../renderer/src/app/reminders/notifier';
import { REMINDED_STORAGE_KEY } from '../../../renderer/src/app/reminders/reminder-memory';
import { REMINDER_CHECK_MS, useReminders } from '../../../renderer/src/app/reminders/use-reminders';
import { createI18n, type Language } from '../../../renderer/src/i18n';
import { failure, fakeStudio } from '../support/fake-studio';
import { resetDom } from '../support/render-app';

const HOUR = 3_600_000;
const MINUTE = 60_000;
/** 09:00 in Amsterdam, where these tests say "today". */
const START = Date.parse('2026-03-02T08:00:00.000Z');
const TIME_ZONE = 'Europe/Amsterdam';

function round(index: number, receivedAt: number) {
  return {
    trajectId: `tr_${String(index).padStart(20, '0')}`,
    roundId: `rd_${String(index).padStart(20, '0')}`,
    receivedAt: new Date(receivedAt).toISOString(),
    dueAt: new Date(receivedAt + 48 * HOUR).toISOString(),
  };
}

/** A notifier that records what it was asked to show, and lets a test click a notification. */
function fakeNotifier(ready = true) {
  const shown: ReminderNotification[] = [];
  const openers = new Set<(target: ReminderTarget) => void>();
  const state = { ready };
  const notifier: Notifier = {
    ready: () => state.ready,
    show: (notification) => shown.push(notification),
    onClick: (open) => {
      openers.add(open);
      return () => openers.delete(open);
    },
  };
  const click = (target: ReminderTarget) => openers.forEach((open) => open(target));
  return { notifier, shown, state, click };
}

function mount(reminders: RemindersState, notifier: Notifier, language: Language = 'nl') {
  const studio = fakeStudio({ vault: 'unlocked' }, { 'app.reminders': () => ({ ok: true, value: reminders }) });
  const i18n = createI18n(language);
  const wrapper = ({ children }: { children: ReactNode }) => <I18nextProvider i18n={i18n}>{children}</I18nextProvider>;
  const hook = renderHook(() => useReminders(studio.studio, { notifier, timeZone: TIME_ZONE }), { wrapper });
  return { studio, hook };
}

/** Lets every pending answer arrive (timers other than the clock's are real). */
const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 0)));

async function pass(ms: number) {
  await act(async () => {
    vi.advanceTimersByTime(ms);
  });
  await settle();
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'] });
  vi.setSystemTime(START);
  document.title = 'PASSIE Studio';
});
afterEach(() => {
  resetDom();
  window.location.hash = '';
  vi.useRealTimers();
});

describe('reminders of the response clock', () => {
  it('reminds once when a round enters its last 8 hours and once when it is overdue, checking every minute', async () => {
    // Received 39 hours ago: due at 18:00 today, its last 8 hours begin in an hour.
    const waiting = round(1, START - 39 * HOUR);
    const { notifier, shown } = fakeNotifier();
    const { studio } = mount({ on: true, awaiting: [waiting] }, notifier);
    await settle();
    expect(shown).toEqual([]);
    expect(document.title).toBe('(1) PASSIE Studio');

    await pass(REMINDER_CHECK_MS * 59);
    expect(shown).toEqual([]);
    await pass(REMINDER_CHECK_MS);
    expect(shown).toEqual([
      {
        title: 'Nog minder dan 8 uur voor een reactie',
        body: expect.stringMatching(/^Antwoorden ontvangen op .+; reactie beloofd vóór .+\.$/),
        target: { trajectId: waiting.trajectId, roundId: waiting.roundId },
      },
    ]);

    // Minute after minute, and the window coming back, tell nothing new until the round is overdue.
    await pass(REMINDER_CHECK_MS * 60 * 3);
    fireEvent.focus(window);
    await settle();
    expect(shown).toHaveLength(1);
    await pass(REMINDER_CHECK_MS * 60 * 5);
    expect(shown.map(({ title }) => title)).toEqual([
      'Nog minder dan 8 uur voor een reactie',
      'Een reactie is te laat',
    ]);
    await pass(REMINDER_CHECK_MS * 60 * 24);
    expect(shown).toHaveLength(2);
    // Every minute asked the passive method, never settings.get (which would keep the vault unlocked).
    expect(studio.methods().filter((method) => method === 'app.reminders').length).toBeGreaterThan(60 * 33);
    expect(studio.methods()).not.toContain('settings.get');
  });

  it('counts several rounds due at once in one notification, which names no round', async () => {
    const late = [round(1, START - 50 * HOUR), round(2, START - 49 * HOUR), round(3, START - 48 * HOUR)];
    const { notifier, shown } = fakeNotifier();
    mount({ on: true, awaiting: late }, notifier);
    await settle();
    expect(shown).toEqual([{ title: '3 reacties zijn te laat', body: 'Open PASSIE Studio om ze te zien.' }]);
  });

  it('says it in English, counting overdue rounds and rounds in their last hours apart', async () => {
    const due = [round(1, START - 50 * HOUR), round(2, START - 41 * HOUR), round(3, START - 40 * HOUR)];
    const { notifier, shown } = fakeNotifier();
    mount({ on: true, awaiting: due }, notifier, 'en');
    await settle();
    expect(shown).toEqual([
      {
        title: '3 replies are waiting for you',
        body: '1 overdue, 2 with less than 8 hours left.',
      },
    ]);
  });

  it('does not repeat a reminder after a restart, and keeps only round ids and thresholds', async () => {
    const waiting = [round(1, START - 41 * HOUR), round(2, START - 10 * HOUR)];
    const first = fakeNotifier();
    const before = mount({ on: true, awaiting: waiting }, first.notifier);
    await settle();
    expect(first.shown).toHaveLength(1);
    expect(JSON.parse(window.localStorage.getItem(REMINDED_STORAGE_KEY)!)).toEqual({
      [waiting[0]!.roundId]: 'lastHours',
    });
    before.hook.unmount();
    // Locked: the plain title again.
    expect(document.title).toBe('PASSIE Studio');

    const second = fakeNotifier();
    mount({ on: true, awaiting: waiting }, second.notifier);
    await settle();
    expect(second.shown).toEqual([]);
    await pass(7 * HOUR);
    expect(second.shown.map(({ title }) => title)).toEqual(['Een reactie is te laat']);
  });

  it('forgets rounds that were answered', async () => {
    window.localStorage.setItem(
      REMINDED_STORAGE_KEY,
      JSON.stringify({ rd_00000000000000000009: 'overdue', rd_00000000000000000001: 'lastHours' }),
    );
    const { notifier } = fakeNotifier();
    mount({ on: true, awaiting: [round(1, START - 41 * HOUR)] }, notifier);
    await settle();
    expect(JSON.parse(window.localStorage.getItem(REMINDED_STORAGE_KEY)!)).toEqual({
      rd_00000000000000000001: 'lastHours',
    });
  });

  it('shows nothing while switched off or not allowed, but still counts in the title', async () => {
    const waiting = round(1, START - 50 * HOUR);
    const off = fakeNotifier();
    const switchedOff = mount({ on: false, awaiting: [waiting] }, off.notifier);
    await settle();
    expect(off.shown).toEqual([]);
    expect(document.title).toBe('(1) PASSIE Studio');
    switchedOff.hook.unmount();

    const browser = fakeNotifier(false);
    mount({ on: true, awaiting: [waiting] }, browser.notifier);
    await settle();
    expect(browser.shown).toEqual([]);
    expect(window.localStorage.getItem(REMINDED_STORAGE_KEY)).toBeNull();
    // The coach allows notifications: the next check tells what is pending.
    browser.state.ready = true;
    await pass(REMINDER_CHECK_MS);
    expect(browser.shown.map(({ title }) => title)).toEqual(['Een reactie is te laat']);
  });

  it('opens the round of a clicked notification', async () => {
    const waiting = round(1, START - 41 * HOUR);
    const { notifier, click } = fakeNotifier();
    mount({ on: true, awaiting: [waiting] }, notifier);
    await settle();
    click({ trajectId: waiting.trajectId, roundId: waiting.roundId });
    expect(window.location.hash).toBe(`#/trajects/${waiting.trajectId}/rounds/${waiting.roundId}`);
  });

  it('shows the plain title when nothing is due today, and changes nothing when the check fails', async () => {
    const { notifier, shown } = fakeNotifier();
    const tomorrow = round(1, START + 10 * HOUR);
    mount({ on: true, awaiting: [tomorrow] }, notifier);
    await settle();
    expect(document.title).toBe('PASSIE Studio');

    const studio = fakeStudio({ vault: 'unlocked' }, { 'app.reminders': () => failure('vault_locked') });
    renderHook(() => useReminders(studio.studio, { notifier, timeZone: TIME_ZONE }), {
      wrapper: ({ children }) => <I18nextProvider i18n={createI18n('nl')}>{children}</I18nextProvider>,
    });
    await pass(MINUTE);
    expect(shown).toEqual([]);
  });
});

describe('the browser’s notifications', () => {
  function fakeApi(permission: NotificationPermission) {
    const made: { title: string; options: NotificationOptions; onclick: (() => void) | null; close: () => void }[] = [];
    const api = Object.assign(
      function (this: (typeof made)[number], title: string, options: NotificationOptions) {
        Object.assign(this, { title, options, onclick: null, close: vi.fn() });
        made.push(this);
      },
      { permission },
    );
    return { api: api as unknown as typeof Notification, made };
  }

  it('are ready only once the coach has allowed them', () => {
    expect(webNotifier(fakeApi('default').api, vi.fn()).ready()).toBe(false);
    expect(webNotifier(fakeApi('denied').api, vi.fn()).ready()).toBe(false);
    expect(webNotifier(fakeApi('granted').api, vi.fn()).ready()).toBe(true);
  });

  it('show the title and body, and a click focuses the studio and opens the target', () => {
    const { api, made } = fakeApi('granted');
    const focus = vi.fn();
    const notifier = webNotifier(api, focus);
    const open = vi.fn();
    const stop = notifier.onClick(open);
    const target = { trajectId: 'tr_00000000000000000001', roundId: 'rd_00000000000000000001' };
    notifier.show({ title: 'Een reactie is te laat', body: 'Antwoorden ontvangen op 2 mrt', target });
    notifier.show({ title: '2 reacties zijn te laat', body: 'Open PASSIE Studio om ze te zien.' });
    expect(made.map(({ title, options }) => [title, options.body])).toEqual([
      ['Een reactie is te laat', 'Antwoorden ontvangen op 2 mrt'],
      ['2 reacties zijn te laat', 'Open PASSIE Studio om ze te zien.'],
    ]);
    made[1]!.onclick!();
    expect(focus).toHaveBeenCalledOnce();
    expect(open).not.toHaveBeenCalled();
    made[0]!.onclick!();
    expect(open).toHaveBeenCalledExactlyOnceWith(target);
    expect(made[0]!.close).toHaveBeenCalled();
    stop();
    made[0]!.onclick!();
    expect(open).toHaveBeenCalledOnce();
  });
});
