import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import directions from './eslint/importDirections.js';

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'demo-output/**', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      // Untrusted text must never become markup (DESIGN.md, decision 7).
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Build DOM nodes or Preact elements; never markup from strings.' },
        { property: 'outerHTML', message: 'Build DOM nodes or Preact elements; never markup from strings.' },
        { property: 'insertAdjacentHTML', message: 'Build DOM nodes or Preact elements; never markup from strings.' },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Page text and data stay text.' },
      ],
    },
  },
  {
    // The folder directions of docs/architecture.md ("Import directions"), enforced.
    files: ['lib/**/*.{ts,tsx}', 'components/**/*.{ts,tsx}', 'entrypoints/**/*.{ts,tsx}'],
    plugins: { dossier: directions },
    rules: { 'dossier/import-directions': 'error' },
  },
  {
    // Small enough to read alone (issue 15's house rules): whole lines counted, comments included.
    files: ['lib/**/*.{ts,tsx}', 'components/**/*.{ts,tsx}'],
    rules: {
      'max-lines': ['error', { max: 250 }],
      'max-lines-per-function': ['error', { max: 80 }],
    },
  },
  {
    files: ['eslint/**/*.js', 'eslint.config.js'],
    languageOptions: { globals: { URL: 'readonly' } },
  },
  {
    // Tests state what they know about fixtures; production code must handle absence.
    files: ['test/**/*.ts', 'test/**/*.tsx'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    files: ['test/fixtures/**/*.js'],
    languageOptions: {
      sourceType: 'script',
      globals: { window: 'readonly', document: 'readonly', MutationObserver: 'readonly' },
    },
  },
  {
    files: ['test/tools/*.mjs'],
    languageOptions: { globals: { process: 'readonly', Buffer: 'readonly', console: 'readonly' } },
  },
);
