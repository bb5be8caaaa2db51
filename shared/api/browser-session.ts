import { z } from 'zod';

/**
 * The browser host's one door that needs no token: the page trades the launch code from its address
 * (`#code=…`) for the session token, once. The host and the renderer both read these.
 */
export const SESSION_PATH = '/session';
/** Where the page keeps the token: sessionStorage, not localStorage or a cookie, so it dies with the window. */
export const SESSION_TOKEN_KEY = 'passie.session-token';
/** The fragment parameter that carries the launch code. */
export const LAUNCH_CODE_PARAM = 'code';

/** 32 random bytes in base64url, as the host makes both the code and the token. */
const secret = z.string().regex(/^[A-Za-z0-9_-]{43}$/);

export const sessionRequestSchema = z.object({ code: secret }).strict();
export const sessionResponseSchema = z.object({ token: secret }).strict();
export type SessionResponse = z.infer<typeof sessionResponseSchema>;
