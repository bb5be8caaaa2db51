import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

/** Folders of the studio's own installation (not of the vault). */
export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
export const rendererSourceDirs = [join(repoRoot, 'renderer'), join(repoRoot, 'shared')];
export const builtRendererDir = join(repoRoot, 'dist', 'renderer');
export const builtElectronMain = join(repoRoot, 'dist', 'electron', 'main.mjs');
export const builtCliDir = join(repoRoot, 'dist', 'cli');
export const builtPacketPageDir = join(repoRoot, 'dist', 'packet-page');
