import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
      // `browser` must come from wxt/browser so the polyfill and the fake browser swap in.
      'no-restricted-globals': ['error', { name: 'chrome', message: "Import { browser } from 'wxt/browser'." }],
    },
  },
  {
    // The core stays free of browser APIs and of the database.
    files: ['utils/analyzer/**', 'utils/phrasebook/**', 'utils/tone/**', 'utils/rights/**', 'utils/notes/**', 'utils/records/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['wxt/*', 'dexie', '**/db/**'] }],
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'chrome', 'browser', 'localStorage', 'indexedDB'],
    },
  },
  {
    // A content script runs in the page's origin: it must never open the database.
    files: ['entrypoints/content/**', 'components/overlay/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['dexie', '**/db/**', '**/utils/db'] }],
    },
  },
  {
    // End-to-end code runs inside the real browser, where `chrome` is the API under test.
    files: ['tests/e2e/**'],
    rules: { 'no-restricted-globals': 'off' },
  },
);
