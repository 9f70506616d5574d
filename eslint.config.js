import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const electronImport = {
  paths: [{ name: 'electron', message: 'Only electron/main and electron/preload may import electron.' }],
};
const platformPatterns = [
  { group: ['node:*'], message: 'shared/ is pure: no Node built-ins.' },
  { group: ['fs', 'path', 'os', 'crypto', 'child_process', 'http', 'url', 'zlib'], message: 'shared/ is pure: no Node built-ins.' },
  {
    group: ['lowdb', 'lowdb/*', 'pdfkit', 'docx', 'electron', 'react', 'react-dom', 'react/*', 'react-dom/*'],
    message: 'shared/ is pure: no platform-bound libraries.',
  },
  { group: ['**/electron/**', '**/renderer/**'], message: 'shared/ imports nothing from the shells.' },
];

export default tseslint.config(
  { ignores: ['dist/**', 'dist.building-*/**', 'dist.old-*/**', 'release/**', 'node_modules/**', 'docs/**', 'coverage/**', '.scratch/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/ban-ts-comment': ['error', { 'ts-ignore': true, 'ts-nocheck': true, 'ts-expect-error': 'allow-with-description' }],
      '@typescript-eslint/consistent-type-definitions': ['error', 'type'],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': ['error', electronImport],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: platformPatterns }] },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: electronImport.paths,
          patterns: [
            { group: ['node:*', 'fs', 'path', 'lowdb'], message: 'The renderer reaches the backend only through its api client.' },
            { group: ['**/electron/**'], message: 'The renderer reaches the backend only through its api client.' },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/main/**/*.ts', 'electron/preload/**/*.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['electron/backend/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: electronImport.paths,
          patterns: [
            { group: ['**/renderer/**', '**/electron/main/**', '**/electron/preload/**'], message: 'The backend is plain Node and knows no shell.' },
            { group: ['lowdb', 'lowdb/*'], message: 'Only electron/backend/store/ touches the store files: go through the repository.' },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/backend/handlers/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            ...electronImport.paths,
            { name: 'node:fs', message: 'Handlers reach the store only through the repository.' },
            { name: 'fs', message: 'Handlers reach the store only through the repository.' },
          ],
          patterns: [{ group: ['lowdb', 'lowdb/*'], message: 'Handlers reach the store only through the repository.' }],
        },
      ],
    },
  },
  {
    files: ['electron/backend/store/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: electronImport.paths,
          patterns: [{ group: ['**/handlers/**', '**/renderer/**', '**/electron/main/**'], message: 'The store knows nothing of its callers.' }],
        },
      ],
    },
  },
);
