import { describe, expect, it, vi } from 'vitest';
import { NOTIFICATION_CLICK_CHANNEL, NOTIFY_CHANNEL } from '../../../main/electron/channels';
import { bindNotifications, type NotificationsOptions } from '../../../main/electron/notifications';

type Handler = (event: unknown, payload: unknown) => unknown;
type Listener = () => void;

const contents = { id: 7, isDestroyed: () => false, send: vi.fn() };
const trustedEvent = { sender: contents, senderFrame: { url: 'app://studio/index.html' } };
const target = { trajectId: 'tr_00000000000000000001', roundId: 'rd_00000000000000000002' };

/** Electron's Notification as the reminders use it: each one made is kept, with its listeners. */
function fakeNotificationClass(supported = true) {
  const made: { options: unknown; listeners: Map<string, Listener>; show: ReturnType<typeof vi.fn> }[] = [];
  class FakeNotification {
    readonly listeners = new Map<string, Listener>();
    readonly show = vi.fn();
    constructor(readonly options: unknown) {
      made.push(this);
    }
    on(event: string, listener: Listener) {
      this.listeners.set(event, listener);
      return this;
    }
    static isSupported = () => supported;
  }
  return { FakeNotification, made };
}

function bind(supported = true) {
  let handler: Handler | undefined;
  const ipcMain = {
    handle: vi.fn((channel: string, registered: Handler) => {
      expect(channel).toBe(NOTIFY_CHANNEL);
      handler = registered;
    }),
    removeHandler: vi.fn(),
  };
  const window = {
    isDestroyed: () => false,
    isMinimized: vi.fn(() => true),
    restore: vi.fn(),
    show: vi.fn(),
    focus: vi.fn(),
  };
  const { FakeNotification, made } = fakeNotificationClass(supported);
  contents.send.mockClear();
  const unbind = bindNotifications({
    ipcMain: ipcMain as unknown as NotificationsOptions['ipcMain'],
    Notification: FakeNotification as unknown as NotificationsOptions['Notification'],
    window: () => window as unknown as ReturnType<NotificationsOptions['window']>,
    trustedContents: () => contents as unknown as ReturnType<NotificationsOptions['trustedContents']>,
  });
  return { call: (event: unknown, payload: unknown) => handler!(event, payload), made, window, ipcMain, unbind };
}

describe('reminders as system notifications', () => {
  it('shows the checked notification, and on a click brings the window forward and sends the round back', () => {
    const fake = bind();
    const notification = { title: 'Een reactie is te laat', body: 'Antwoorden ontvangen op 3 mrt 2026', target };
    expect(fake.call(trustedEvent, notification)).toBe(true);
    expect(fake.made).toHaveLength(1);
    expect(fake.made[0]!.options).toEqual({ title: notification.title, body: notification.body });
    expect(fake.made[0]!.show).toHaveBeenCalledOnce();
    expect(contents.send).not.toHaveBeenCalled();

    fake.made[0]!.listeners.get('click')!();
    expect(fake.window.restore).toHaveBeenCalled();
    expect(fake.window.show).toHaveBeenCalled();
    expect(fake.window.focus).toHaveBeenCalled();
    expect(contents.send).toHaveBeenCalledExactlyOnceWith(NOTIFICATION_CLICK_CHANNEL, target);
  });

  it('only focuses the window for a notification about several rounds', () => {
    const fake = bind();
    fake.call(trustedEvent, { title: '3 reacties zijn te laat', body: 'Open PASSIE Studio om ze te zien.' });
    fake.made[0]!.listeners.get('click')!();
    expect(fake.window.focus).toHaveBeenCalled();
    expect(contents.send).not.toHaveBeenCalled();
  });

  it('refuses another sender, a malformed or oversized notification, and a bad target', () => {
    const fake = bind();
    const stranger = { sender: { id: 8, isDestroyed: () => false }, senderFrame: { url: 'app://studio/' } };
    const fine = { title: 'Een reactie is te laat', body: '' };
    expect(fake.call(stranger, fine)).toBe(false);
    expect(fake.call(trustedEvent, { ...fine, title: '' })).toBe(false);
    expect(fake.call(trustedEvent, { ...fine, body: 'x'.repeat(501) })).toBe(false);
    expect(fake.call(trustedEvent, { ...fine, icon: 'file:///etc/passwd' })).toBe(false);
    expect(fake.call(trustedEvent, { ...fine, target: { trajectId: '../x', roundId: target.roundId } })).toBe(false);
    expect(fake.call(trustedEvent, 'a string')).toBe(false);
    expect(fake.made).toHaveLength(0);
  });

  it('shows nothing where the system has no notifications', () => {
    const fake = bind(false);
    expect(fake.call(trustedEvent, { title: 'Een reactie is te laat', body: '' })).toBe(false);
    expect(fake.made).toHaveLength(0);
  });

  it('removes its handler when unbound', () => {
    const fake = bind();
    fake.unbind();
    expect(fake.ipcMain.removeHandler).toHaveBeenCalledWith(NOTIFY_CHANNEL);
  });
});
