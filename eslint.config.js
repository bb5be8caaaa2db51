import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const ELECTRON_ONLY = 'Only main/electron/ may import electron (ARCHITECTURE.md, Import rules).';

/**
 * The zones of ARCHITECTURE.md (Import rules): what each folder may not import. Relative imports are
 * matched by the folder they climb to (`../../services/…` from main/cli/ reaches main/services/), which is exact
 * because no folder inside a zone carries another zone's name.
 */
const climbingTo = (folders) => `^(\\.\\./)+(${folders.join('|')})(/|$)`;
const zones = [
  { files: ['renderer/**'], forbidden: ['main', 'packet-page'], why: 'the renderer talks to the studio API only' },
  {
    files: ['shared/**'],
    forbidden: ['main', 'renderer', 'packet-page'],
    why: 'shared/ is the contract for all sides and imports nothing else',
    node: true,
  },
  { files: ['packet-page/**'], forbidden: ['main', 'renderer'], why: 'the packet page carries only shared code' },
  {
    files: ['main/platform/**'],
    forbidden: ['services', 'api', 'cli', 'host', 'launcher', 'electron', 'renderer', 'packet-page'],
    why: 'main/platform/ serves every part and depends on none',
  },
  {
    files: ['main/services/**'],
    forbidden: ['api', 'cli', 'host', 'launcher', 'electron', 'renderer', 'packet-page'],
    why: 'services are called by the API, never the other way round',
  },
  {
    files: ['main/api/**'],
    forbidden: ['cli', 'host', 'launcher', 'electron', 'renderer'],
    why: 'the API serves the front-ends and knows none of them',
  },
  {
    files: ['main/cli/**'],
    forbidden: ['services', 'host', 'launcher', 'electron', 'renderer'],
    why: 'the CLI goes through the studio API, like the other front-ends',
  },
  {
    files: ['main/host/**'],
    forbidden: ['services', 'cli', 'launcher', 'electron', 'renderer'],
    why: 'the browser host serves the studio API only',
  },
  {
    files: ['main/launcher/**'],
    forbidden: ['services', 'electron', 'renderer'],
    why: 'the launcher starts a front-end over the studio API',
  },
  {
    files: ['main/electron/**'],
    forbidden: ['services', 'cli', 'launcher', 'renderer'],
    why: 'the Electron layer binds the studio API to a window',
  },
];

/** The no-restricted-imports options of one zone (flat config replaces a rule's options, so each zone says all). */
function restrictedImports({ forbidden = [], why, node = false, electronAllowed = false }) {
  const patterns = [];
  if (!electronAllowed) patterns.push({ group: ['electron/*'], message: ELECTRON_ONLY });
  if (forbidden.length > 0) patterns.push({ regex: climbingTo(forbidden), message: `Not from here: ${why}.` });
  if (node) patterns.push({ group: ['node:*'], message: 'shared/ holds no Node code.' });
  return ['error', { paths: electronAllowed ? [] : [{ name: 'electron', message: ELECTRON_ONLY }], patterns }];
}

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      'release/',
      'test-results/',
      'playwright-report/',
      'test/lint/fixtures/',
      'test/fixtures/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-console': 'off',
    },
  },
  {
    // Crash safety depends on the order of awaits: a promise nobody awaits can fail unseen or finish too late.
    files: ['**/*.{ts,tsx}'],
    languageOptions: {
      parserOptions: {
        project: ['./tsconfig.json', './renderer/tsconfig.json', './packet-page/tsconfig.json'],
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
    },
  },
  {
    // The electron-import boundary: everything but the Electron glue stays runnable in plain Node and the browser.
    files: ['**/*.{ts,tsx,js,mjs,cjs}'],
    rules: { 'no-restricted-imports': restrictedImports({}) },
  },
  ...zones.map((zone) => ({
    files: zone.files.map((glob) => `${glob}/*.{ts,tsx,js,mjs,cjs}`),
    // Build scripts are tooling beside a zone's code, not part of it (packet-page/build.mjs records main's sources).
    ignores: ['**/build.mjs'],
    rules: {
      'no-restricted-imports': restrictedImports({ ...zone, electronAllowed: zone.files[0] === 'main/electron/**' }),
    },
  })),
  {
    files: ['renderer/**/*.{ts,tsx}', 'test/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    // The answer packet page runs in the client's browser, from file://.
    files: ['packet-page/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
  },
);
