import { describe, expect, it, vi } from 'vitest';
import {
  BEFORE_CLOSE_CHANNEL,
  CHOOSE_FOLDER_CHANNEL,
  OPEN_MAIL_DRAFT_CHANNEL,
  OPEN_MAILTO_CHANNEL,
  NOTIFICATION_CLICK_CHANNEL,
  NOTIFY_CHANNEL,
  READY_TO_CLOSE_CHANNEL,
  channelFor,
} from '../../../main/electron/channels';
import { methodNames } from '../../../shared/api/contract';

const electron = vi.hoisted(() => ({
  contextBridge: { exposeInMainWorld: vi.fn() },
  ipcRenderer: {
    invoke: vi.fn(async (channel: string, request: unknown) => ({ ok: true, value: { channel, request } })),
    send: vi.fn(),
    on: vi.fn(),
  },
}));

vi.mock('electron', () => electron);

await import('../../../main/electron/preload');

type Exposed = Record<string, Record<string, (request?: unknown) => Promise<unknown>>>;

function exposed(): Exposed {
  return electron.contextBridge.exposeInMainWorld.mock.calls[0]![1] as Exposed;
}

type WindowBridge = {
  onBeforeClose: (task: unknown) => () => void;
  chooseFolder: (purpose: unknown) => Promise<unknown>;
  openMailDraft: (fileName: unknown, base64: unknown) => Promise<unknown>;
  openMailto: (href: unknown) => Promise<unknown>;
  notify: (notification: unknown) => void;
  onNotificationClick: (open: unknown) => () => void;
};

function windowBridge(): WindowBridge {
  return electron.contextBridge.exposeInMainWorld.mock.calls[1]![1] as WindowBridge;
}

/** What main's before-close message makes the preload do, awaited until it answers. */
async function askBeforeClose(): Promise<void> {
  electron.ipcRenderer.send.mockClear();
  const listener = electron.ipcRenderer.on.mock.calls.find(
    ([channel]) => channel === BEFORE_CLOSE_CHANNEL,
  )![1] as () => void;
  listener();
  await vi.waitFor(() => expect(electron.ipcRenderer.send).toHaveBeenCalledWith(READY_TO_CLOSE_CHANNEL));
}

describe('preload', () => {
  it('exposes exactly two globals: window.studio and window.studioWindow', () => {
    expect(electron.contextBridge.exposeInMainWorld.mock.calls.map(([name]) => name)).toEqual([
      'studio',
      'studioWindow',
    ]);
    expect(Object.keys(windowBridge())).toEqual([
      'onBeforeClose',
      'chooseFolder',
      'openMailDraft',
      'openMailto',
      'notify',
      'onNotificationClick',
    ]);
  });

  it("exposes exactly the contract's named methods as functions, and nothing else", () => {
    const api = exposed();
    const names = Object.entries(api).flatMap(([namespace, members]) =>
      Object.entries(members).map(([member, value]) => {
        expect(typeof value).toBe('function');
        return `${namespace}.${member}`;
      }),
    );
    expect(names.sort()).toEqual([...methodNames].sort());
    expect(Object.values(api).some((members) => members === (electron.ipcRenderer as unknown))).toBe(false);
  });

  it("forwards each method to ipcRenderer.invoke on the method's channel with the request", async () => {
    const api = exposed();
    for (const method of methodNames) {
      const [namespace, member] = method.split('.') as [string, string];
      const request = { probe: method };
      await expect(api[namespace]![member]!(request)).resolves.toEqual({
        ok: true,
        value: { channel: channelFor(method), request },
      });
      expect(electron.ipcRenderer.invoke).toHaveBeenLastCalledWith(channelFor(method), request);
    }
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledTimes(methodNames.length);
  });

  it('sends an empty request when a method is called without one', async () => {
    await exposed().app!.status!();
    expect(electron.ipcRenderer.invoke).toHaveBeenLastCalledWith('studio:app.status', {});
  });

  it('listens only for the before-close and notification-click messages, and answers only on ready-to-close', () => {
    expect(electron.ipcRenderer.on.mock.calls.map(([channel]) => channel)).toEqual([
      BEFORE_CLOSE_CHANNEL,
      NOTIFICATION_CLICK_CHANNEL,
    ]);
    expect(electron.ipcRenderer.send).not.toHaveBeenCalled();
  });

  it('answers before-close at once when the page registered nothing', async () => {
    await askBeforeClose();
  });

  it("answers before-close only after the page's task has finished, and also when it fails", async () => {
    let finish: () => void = () => undefined;
    const task = vi.fn(() => new Promise<void>((resolve) => (finish = resolve)));
    const unregister = windowBridge().onBeforeClose(task);
    const listener = electron.ipcRenderer.on.mock.calls[0]![1] as () => void;
    electron.ipcRenderer.send.mockClear();
    listener();
    await vi.waitFor(() => expect(task).toHaveBeenCalledOnce());
    expect(electron.ipcRenderer.send).not.toHaveBeenCalled();
    finish();
    await vi.waitFor(() => expect(electron.ipcRenderer.send).toHaveBeenCalledWith(READY_TO_CLOSE_CHANNEL));
    unregister();

    windowBridge().onBeforeClose(async () => {
      throw new Error('save failed');
    });
    await askBeforeClose();
  });

  it('ignores a task that is not a function', async () => {
    windowBridge().onBeforeClose('not a function');
    windowBridge().onBeforeClose(undefined);
    await askBeforeClose();
  });

  it('asks main for the folder dialog on its own channel, and passes on only what main answers', async () => {
    electron.ipcRenderer.invoke.mockClear();
    const answer = await windowBridge().chooseFolder('backup');
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledWith(CHOOSE_FOLDER_CHANNEL, 'backup');
    expect(answer).toEqual({ ok: true, value: { channel: CHOOSE_FOLDER_CHANNEL, request: 'backup' } });
  });

  it('hands mail over to main on its own channels, passing on only what main answers', async () => {
    electron.ipcRenderer.invoke.mockClear();
    await windowBridge().openMailDraft('reply-anna-round-3.eml', 'WC1VbnNlbnQ6IDE=');
    expect(electron.ipcRenderer.invoke).toHaveBeenLastCalledWith(
      OPEN_MAIL_DRAFT_CHANNEL,
      'reply-anna-round-3.eml',
      'WC1VbnNlbnQ6IDE=',
    );
    const answer = await windowBridge().openMailto('mailto:anna@example.org');
    expect(electron.ipcRenderer.invoke).toHaveBeenLastCalledWith(OPEN_MAILTO_CHANNEL, 'mailto:anna@example.org');
    expect(answer).toEqual({ ok: true, value: { channel: OPEN_MAILTO_CHANNEL, request: 'mailto:anna@example.org' } });
  });

  it('hands a reminder to main on its own channel, and does not throw when main refuses it', async () => {
    electron.ipcRenderer.invoke.mockClear();
    const notification = { title: 'Een reactie is te laat', body: 'Ronde van 3 maart' };
    windowBridge().notify(notification);
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledWith(NOTIFY_CHANNEL, notification);
    electron.ipcRenderer.invoke.mockRejectedValueOnce(new Error('no handler'));
    windowBridge().notify(notification);
    await new Promise((resolve) => setTimeout(resolve, 0));
  });

  it("passes a clicked reminder's target to the page's one listener, until it is removed", () => {
    const listener = electron.ipcRenderer.on.mock.calls.find(
      ([channel]) => channel === NOTIFICATION_CLICK_CHANNEL,
    )![1] as (event: unknown, target: unknown) => void;
    const target = { trajectId: 'tr_1', roundId: 'rd_1' };
    listener({}, target);
    const open = vi.fn();
    const stop = windowBridge().onNotificationClick(open);
    listener({}, target);
    expect(open).toHaveBeenCalledExactlyOnceWith(target);
    stop();
    listener({}, target);
    expect(open).toHaveBeenCalledOnce();
    expect(windowBridge().onNotificationClick('not a function')).toBeTypeOf('function');
  });
});
