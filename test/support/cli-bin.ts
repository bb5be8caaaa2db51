import { join } from 'node:path';
import { builtCliDir } from '../../main/platform/repo-paths';

/**
 * The `passie-studio` command as package.json `bin` installs it: the bundle `npm run build:cli` made, run with this
 * Node. `npm test` builds before vitest runs; vitest alone rebuilds it when its sources changed (ensure-built.ts).
 */
export const CLI_BIN = join(builtCliDir, 'passie-studio.mjs');
