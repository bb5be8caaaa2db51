import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * The path of the Electron executable when its runtime is installed, else undefined. It reads the electron
 * package's path.txt rather than `require('electron')`, which would try to download the binary.
 */
export function electronExecutable(): string | undefined {
  try {
    const packageDir = dirname(createRequire(import.meta.url).resolve('electron/package.json'));
    const pathFile = join(packageDir, 'path.txt');
    if (!existsSync(pathFile)) return undefined;
    const executable = join(packageDir, 'dist', readFileSync(pathFile, 'utf8').trim());
    return existsSync(executable) ? executable : undefined;
  } catch {
    return undefined;
  }
}
