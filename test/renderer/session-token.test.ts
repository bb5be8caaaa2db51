// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { SESSION_TOKEN_KEY, takeSessionToken } from '../../renderer/src/api/session-token';

const browser = () => ({ location: window.location, history: window.history, storage: window.sessionStorage });

afterEach(() => {
  window.sessionStorage.clear();
  window.localStorage.clear();
  window.history.replaceState(null, '', '/');
});

describe('takeSessionToken', () => {
  it('takes the token from the fragment, keeps it in sessionStorage and strips it from the address', () => {
    window.history.replaceState(null, '', '/?lang=nl#token=abc-DEF_123');

    expect(takeSessionToken(browser())).toBe('abc-DEF_123');

    expect(window.location.hash).toBe('');
    expect(window.location.href).not.toContain('abc-DEF_123');
    expect(window.location.search).toBe('?lang=nl');
    expect(window.sessionStorage.getItem(SESSION_TOKEN_KEY)).toBe('abc-DEF_123');
    expect(window.localStorage.length).toBe(0);
    expect(document.cookie).toBe('');
  });

  it('finds the token again after a reload, when the address no longer has it', () => {
    window.history.replaceState(null, '', '/#token=first');
    takeSessionToken(browser());

    expect(takeSessionToken(browser())).toBe('first');
  });

  it('lets a new token in the address replace the kept one', () => {
    window.sessionStorage.setItem(SESSION_TOKEN_KEY, 'old');
    window.history.replaceState(null, '', '/#token=new');
    expect(takeSessionToken(browser())).toBe('new');
    expect(window.sessionStorage.getItem(SESSION_TOKEN_KEY)).toBe('new');
  });

  it('keeps other fragment parameters', () => {
    window.history.replaceState(null, '', '/#token=t&view=x');
    takeSessionToken(browser());
    expect(window.location.hash).toBe('#view=x');
  });

  it('has no token when neither the address nor the session has one', () => {
    expect(takeSessionToken(browser())).toBeUndefined();
  });
});
