import { securityHeaders } from '../host/security-headers';
import { readStaticFile } from '../host/static-files';
import { APP_HOST } from './app-origin';

/**
 * Answers one app:// request with a file of the built renderer. It reuses the browser host's file reader (with its
 * path-traversal checks) and security headers, so the page runs under the same CSP in Electron as in the browser.
 */
export async function rendererResponse(request: Request, rendererDir: string): Promise<Response> {
  const url = new URL(request.url);
  if (url.host !== APP_HOST) return plain(404, 'Not found');
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return new Response(null, { status: 405, headers: { ...securityHeaders, Allow: 'GET, HEAD' } });
  }
  const file = await readStaticFile(rendererDir, url.pathname);
  if (!file) return plain(404, 'Not found');
  return new Response(request.method === 'HEAD' ? null : file.body, {
    status: 200,
    headers: { ...securityHeaders, 'Content-Type': file.contentType, 'Cache-Control': 'no-cache' },
  });
}

function plain(status: number, text: string): Response {
  return new Response(text, {
    status,
    headers: { ...securityHeaders, 'Content-Type': 'text/plain; charset=utf-8' },
  });
}
