import { describe, expect, it } from 'vitest';
import { createSessionGate, LAUNCH_CODE_TTL_MS } from '../../../main/host/session-gate';

describe('createSessionGate', () => {
  it('trades the launch code for a token once; the token, not the code, opens the door', () => {
    const gate = createSessionGate(() => 0);
    expect(gate.admits(undefined)).toBe(false);
    expect(gate.admits(`Bearer ${gate.launchCode}`)).toBe(false);

    const token = gate.exchange(gate.launchCode);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(token).not.toBe(gate.launchCode);
    expect(gate.admits(`Bearer ${token}`)).toBe(true);
    expect(gate.admits(`Bearer ${gate.launchCode}`)).toBe(false);
    expect(gate.admits(token)).toBe(false);

    expect(gate.exchange(gate.launchCode)).toBeUndefined();
    expect(gate.admits(`Bearer ${token}`)).toBe(true);
  });

  it('refuses a wrong code without spending the right one', () => {
    const gate = createSessionGate(() => 0);
    expect(gate.exchange('x'.repeat(43))).toBeUndefined();
    expect(gate.exchange(`${gate.launchCode}x`)).toBeUndefined();
    expect(gate.exchange(gate.launchCode)).toBeDefined();
  });

  it('lets the code expire after LAUNCH_CODE_TTL_MS', () => {
    let now = 1000;
    const gate = createSessionGate(() => now);
    now += LAUNCH_CODE_TTL_MS + 1;
    expect(gate.exchange(gate.launchCode)).toBeUndefined();
    expect(LAUNCH_CODE_TTL_MS).toBeLessThanOrEqual(60_000);
  });
});
