import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));

/**
 * The project's own ESLint config, on a file that is not there: only the import rule is asked, so no type
 * information (and no file on disk) is needed.
 */
const eslint = new ESLint({
  cwd: root,
  overrideConfig: { languageOptions: { parserOptions: { project: null, projectService: false } } },
  ruleFilter: ({ ruleId }) => ruleId === 'no-restricted-imports',
});

async function importProblems(file: string, specifier: string): Promise<string[]> {
  const [result] = await eslint.lintText(`import { x } from '${specifier}';\nexport const y = x;\n`, {
    filePath: file,
  });
  return result!.messages.map((message) => `${message.ruleId}: ${message.message}`);
}

/** Per zone: a file in it, an import it must never make, and one it may make. */
const zones = [
  { file: 'renderer/src/screens/x.tsx', misplaced: '../../../main/api/studio', allowed: '../../../shared/domain/ids' },
  { file: 'shared/domain/x.ts', misplaced: '../../main/platform/app-version', allowed: './ids' },
  { file: 'shared/domain/y.ts', misplaced: 'node:fs', allowed: 'zod' },
  { file: 'packet-page/x.ts', misplaced: '../main/services/packet/packet-page', allowed: '../shared/packet/envelope' },
  { file: 'main/platform/x.ts', misplaced: '../services/vault/sealed-store', allowed: '../../shared/api/studio-error' },
  { file: 'main/services/vault/x.ts', misplaced: '../../api/studio', allowed: '../../platform/atomic-write' },
  { file: 'main/services/import/x.ts', misplaced: '../../cli/cli-io', allowed: '../vault/sealed-store' },
  { file: 'main/services/x.ts', misplaced: '../launcher/serve', allowed: './new-id' },
  { file: 'main/api/handlers/x.ts', misplaced: '../../host/server', allowed: '../../services/vault/damage' },
  { file: 'main/cli/commands/x.ts', misplaced: '../../services/backup/backup-verify', allowed: '../context' },
  { file: 'main/cli/x.ts', misplaced: '../launcher/serve', allowed: '../api/studio' },
  { file: 'main/host/x.ts', misplaced: '../services/vault/sealed-store', allowed: '../api/dispatcher' },
  { file: 'main/launcher/x.ts', misplaced: '../services/vault/vault-service', allowed: '../cli/cli-io' },
  { file: 'main/electron/x.ts', misplaced: '../cli/run-cli', allowed: 'electron' },
];

describe('lint keeps the zones of ARCHITECTURE.md', () => {
  it.each(zones)('$file may not import $misplaced', async ({ file, misplaced, allowed }) => {
    expect(await importProblems(file, misplaced)).toEqual([expect.stringMatching(/^no-restricted-imports: /)]);
    expect(await importProblems(file, allowed)).toEqual([]);
  });

  it('lets only main/electron/ import electron', async () => {
    for (const file of ['main/services/x.ts', 'main/api/x.ts', 'renderer/src/x.tsx', 'main/launcher/x.ts']) {
      expect(await importProblems(file, 'electron')).toEqual([expect.stringMatching(/Only main\/electron\//)]);
    }
  });
});
