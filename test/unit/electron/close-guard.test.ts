import { EventEmitter } from 'node:events';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BEFORE_CLOSE_CHANNEL, READY_TO_CLOSE_CHANNEL } from '../../../main/electron/channels';
import { guardWindowClose } from '../../../main/electron/close-guard';

class FakeWindow extends EventEmitter {
  closed = 0;
  destroyed = false;
  webContents = { id: 7, send: vi.fn(), isDestroyed: () => false };
  isDestroyed = () => this.destroyed;
  /** Like BrowserWindow.close(): emits 'close', and closes unless a listener prevents it. */
  close = () => {
    let prevented = false;
    this.emit('close', { preventDefault: () => (prevented = true) });
    if (!prevented) this.closed += 1;
  };
}

function setUp(waitMs = 3_000) {
  const window = new FakeWindow();
  const ipcMain = new EventEmitter();
  guardWindowClose(window as never, ipcMain as never, waitMs);
  return { window, ipcMain };
}

describe('guardWindowClose', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('holds the first close, asks the page, and closes once the page answers', () => {
    const { window, ipcMain } = setUp();
    window.close();
    expect(window.closed).toBe(0);
    expect(window.webContents.send).toHaveBeenCalledWith(BEFORE_CLOSE_CHANNEL);
    ipcMain.emit(READY_TO_CLOSE_CHANNEL, { sender: { id: 7 } });
    expect(window.closed).toBe(1);
    expect(ipcMain.listenerCount(READY_TO_CLOSE_CHANNEL)).toBe(0);
  });

  it('ignores an answer from another sender', () => {
    const { window, ipcMain } = setUp();
    window.close();
    ipcMain.emit(READY_TO_CLOSE_CHANNEL, { sender: { id: 8 } });
    expect(window.closed).toBe(0);
  });

  it('asks only once while a close is already waiting', () => {
    const { window } = setUp();
    window.close();
    window.close();
    expect(window.webContents.send).toHaveBeenCalledOnce();
  });

  it('closes after the wait when the page never answers', () => {
    const { window, ipcMain } = setUp(3_000);
    window.close();
    vi.advanceTimersByTime(2_999);
    expect(window.closed).toBe(0);
    vi.advanceTimersByTime(1);
    expect(window.closed).toBe(1);
    expect(ipcMain.listenerCount(READY_TO_CLOSE_CHANNEL)).toBe(0);
  });

  it('does not close a window that is already gone', () => {
    const { window, ipcMain } = setUp();
    window.close();
    window.destroyed = true;
    ipcMain.emit(READY_TO_CLOSE_CHANNEL, { sender: { id: 7 } });
    expect(window.closed).toBe(0);
  });
});
