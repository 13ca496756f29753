// Lint with zero warnings allowed (npm run lint). Process boundaries are
// enforced here: nothing in backend/ or api-client/ may import Electron.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', 'dist-electron/**', 'release/**', 'api-client/src/schema.d.ts', 'data/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-console': 'off',
      eqeqeq: ['error', 'always'],
    },
  },
  {
    // Search hits are marked with control characters on purpose (article text
    // never contains them), so these files match control characters.
    files: ['backend/src/knowledge/snippet.ts', 'backend/src/knowledge/*.test.ts'],
    rules: { 'no-control-regex': 'off' },
  },
  {
    // The public widget: plain scripts served to consumers' browsers.
    files: ['backend/src/public/widget/*.js'],
    languageOptions: { globals: globals.browser, sourceType: 'script' },
  },
  {
    // The consumer's chat page: ES modules served to consumers' browsers (and loaded by its unit tests)…
    files: ['backend/src/public/chat/*.js', 'backend/src/public/callback/*.js'],
    languageOptions: { globals: globals.browser, sourceType: 'module' },
  },
  {
    // …and the website's chat button, a plain script on the website's pages.
    files: ['backend/src/public/chat/embed.js'],
    languageOptions: { globals: globals.browser, sourceType: 'script' },
  },
  {
    files: ['backend/**/*.ts', 'api-client/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'electron', message: 'The backend and the API client never run inside Electron.' }] }],
    },
  },
);
