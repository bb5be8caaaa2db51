import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json; charset=utf-8',
};

export interface StaticFile {
  body: Buffer;
  contentType: string;
}

/**
 * Reads a file of the built renderer for a URL path, or returns undefined. Only known file types are served and
 * the resolved path must stay inside `rootDir`, so `..` or encoded separators never reach another folder.
 */
export async function readStaticFile(rootDir: string, urlPath: string): Promise<StaticFile | undefined> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return undefined;
  const relative = decoded === '/' ? 'index.html' : decoded.replace(/^\/+/, '');
  const contentType = contentTypes[extname(relative).toLowerCase()];
  if (!contentType) return undefined;
  const root = normalize(rootDir + sep);
  const fullPath = normalize(join(root, relative));
  if (!fullPath.startsWith(root)) return undefined;
  try {
    return { body: await readFile(fullPath), contentType };
  } catch {
    return undefined;
  }
}
