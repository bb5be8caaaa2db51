import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const electronImport = {
  paths: [{ name: 'electron', message: 'Only main/electron/ may import electron (DESIGN.md §4).' }],
  patterns: [{ group: ['electron/*'], message: 'Only main/electron/ may import electron (DESIGN.md §4).' }],
};

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
    // The electron-import boundary: everything but the Electron glue stays runnable in plain Node and the browser.
    files: ['**/*.{ts,tsx,js,mjs,cjs}'],
    ignores: ['main/electron/**'],
    rules: { 'no-restricted-imports': ['error', electronImport] },
  },
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
  {
    // shared/ is the contract for all sides: no Node and no DOM.
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          ...electronImport,
          patterns: [...electronImport.patterns, { group: ['node:*'], message: 'shared/ holds no Node code.' }],
        },
      ],
    },
  },
);
