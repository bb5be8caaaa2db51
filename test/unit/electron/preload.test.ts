import { describe, expect, it, vi } from 'vitest';
import { channelFor } from '../../../main/electron/channels';
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

describe('preload', () => {
  it('exposes exactly one global, window.studio', () => {
    expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledOnce();
    expect(electron.contextBridge.exposeInMainWorld.mock.calls[0]![0]).toBe('studio');
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

  it('never uses send or listeners', () => {
    expect(electron.ipcRenderer.send).not.toHaveBeenCalled();
    expect(electron.ipcRenderer.on).not.toHaveBeenCalled();
  });
});
