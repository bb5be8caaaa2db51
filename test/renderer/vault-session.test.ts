import { describe, expect, it } from 'vitest';
import { lockShortcut } from '../../renderer/src/app/platform';
import { keepAliveInterval } from '../../renderer/src/app/use-keep-alive';
import { isLockShortcut } from '../../renderer/src/app/use-lock-shortcut';
import {
  initialSession,
  sessionReducer,
  type SessionEvent,
  type SessionState,
} from '../../renderer/src/app/vault-session';

const status = (vault: 'none' | 'locked' | 'unlocked'): SessionEvent => ({
  type: 'status',
  status: { version: '0.1.0', vault },
});
const run = (...events: SessionEvent[]): SessionState => events.reduce(sessionReducer, initialSession);

describe('the session', () => {
  it('places the coach by the first status', () => {
    expect(run(status('none')).phase).toEqual({ kind: 'welcome', returning: false });
    expect(run(status('locked')).phase).toEqual({ kind: 'locked', autoLocked: false });
    expect(run(status('unlocked')).phase).toEqual({ kind: 'unlocked', recovered: false });
    expect(run(status('none')).version).toBe('0.1.0');
  });

  it('turns a lock noticed while unlocked into the unlock screen with the auto-lock notice', () => {
    expect(run(status('unlocked'), { type: 'vaultLocked' }).phase).toEqual({ kind: 'locked', autoLocked: true });
    expect(run(status('unlocked'), status('locked')).phase).toEqual({ kind: 'locked', autoLocked: true });
  });

  it('ignores a late vault_locked or status where it means nothing', () => {
    const creating = run(status('none'), { type: 'createStarted' });
    expect(sessionReducer(creating, { type: 'vaultLocked' })).toBe(creating);
    expect(sessionReducer(creating, status('unlocked'))).toBe(creating);
    const locked = run(status('locked'));
    expect(sessionReducer(locked, { type: 'vaultLocked' })).toBe(locked);
    const unlocked = run(status('unlocked'));
    expect(sessionReducer(unlocked, status('unlocked'))).toBe(unlocked);
  });

  it('locks by hand without the auto-lock notice, and remembers a recovery', () => {
    expect(run(status('unlocked'), { type: 'lockedByCoach' }).phase).toEqual({ kind: 'locked', autoLocked: false });
    expect(run(status('locked'), { type: 'unlocked', recovered: true }).phase).toEqual({
      kind: 'unlocked',
      recovered: true,
    });
  });

  it('comes back to the welcome screen from the create screen, and retries a failed start', () => {
    expect(run(status('none'), { type: 'createStarted' }, { type: 'createCancelled' }).phase).toEqual({
      kind: 'welcome',
      returning: true,
    });
    const failed = run({ type: 'statusFailed', error: { code: 'internal', message: 'x' } });
    expect(failed.phase.kind).toBe('failed');
    expect(sessionReducer(failed, { type: 'retry' }).phase).toEqual({ kind: 'loading' });
  });
});

describe('the lock shortcut', () => {
  it('is Ctrl+L or ⌘L, named for the platform', () => {
    expect(lockShortcut(false)).toEqual({ label: 'Ctrl+L', aria: 'Control+L' });
    expect(lockShortcut(true)).toEqual({ label: '⌘L', aria: 'Meta+L' });
    const key = { key: 'l', ctrlKey: false, metaKey: false, altKey: false, shiftKey: false };
    expect(isLockShortcut({ ...key, ctrlKey: true })).toBe(true);
    expect(isLockShortcut({ ...key, metaKey: true, key: 'L' })).toBe(true);
    expect(isLockShortcut(key)).toBe(false);
    expect(isLockShortcut({ ...key, ctrlKey: true, altKey: true })).toBe(false);
  });
});

describe('the keep-alive interval', () => {
  it('is a minute at most, and a quarter of a short auto-lock', () => {
    expect(keepAliveInterval(10)).toBe(60_000);
    expect(keepAliveInterval(4)).toBe(60_000);
    expect(keepAliveInterval(2)).toBe(30_000);
    expect(keepAliveInterval(1)).toBe(15_000);
  });
});
