import { randomBytes, timingSafeEqual } from 'node:crypto';

/** How long the launch code can be traded: Chromium asks within a second; a coach pasting the address, in a minute. */
export const LAUNCH_CODE_TTL_MS = 60_000;

export interface SessionGate {
  /** The one-time code to put in the address the launcher opens. */
  launchCode: string;
  /** The session token for the launch code, once, and only within LAUNCH_CODE_TTL_MS; else undefined. */
  exchange: (code: string) => string | undefined;
  /** Whether an `Authorization` header carries the session token. */
  admits: (authorization: string | undefined) => boolean;
}

const newSecret = () => randomBytes(32).toString('base64url');

/**
 * Who may use the browser host's API. The launcher opens Chromium with the address on its command line, where
 * any local user can read it (`ps`) for as long as Chromium runs; so that address carries a launch code, not the
 * token: the page trades it for the token on its first load, and after that (or a minute) the code opens nothing.
 * The token itself travels only in the answer to that trade and in each call's `Authorization` header.
 */
export function createSessionGate(now: () => number = Date.now): SessionGate {
  const launchCode = newSecret();
  const issuedAt = now();
  let codeUsed = false;
  let expected: Buffer | undefined;

  return {
    launchCode,
    exchange: (code) => {
      if (codeUsed || now() - issuedAt > LAUNCH_CODE_TTL_MS || !sameText(code, launchCode)) return undefined;
      codeUsed = true;
      const token = newSecret();
      expected = Buffer.from(`Bearer ${token}`);
      return token;
    },
    admits: (authorization) => expected !== undefined && sameBytes(Buffer.from(authorization ?? ''), expected),
  };
}

function sameText(given: string, expected: string): boolean {
  return sameBytes(Buffer.from(given), Buffer.from(expected));
}

function sameBytes(given: Buffer, expected: Buffer): boolean {
  return given.length === expected.length && timingSafeEqual(given, expected);
}
