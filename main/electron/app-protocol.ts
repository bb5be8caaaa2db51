import { protocol } from 'electron';
import { APP_SCHEME } from './app-origin';
import { rendererResponse } from './renderer-response';

/**
 * Makes app:// a standard, secure origin that supports fetch. Electron only accepts this before the app is ready.
 * No bypassCSP, no service workers, no CORS: the scheme gets exactly what the renderer needs.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** Serves the built renderer on app://studio/ (after ready). */
export function serveRenderer(rendererDir: string): void {
  protocol.handle(APP_SCHEME, (request) => rendererResponse(request, rendererDir));
}
