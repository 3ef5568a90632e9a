// ESLint flat config: strict TypeScript on both sides, React hooks rules in the renderer,
// sorted imports everywhere. Prettier owns formatting.
import { builtinModules } from 'node:module';

import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import simpleImportSort from 'eslint-plugin-simple-import-sort';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Boundaries between folders (tests/unit/lint-boundaries.test.ts plants each violation).
// Patterns are regular expressions on the import as written, so they hold for relative paths.
const boundary = (regex, message) => ({ regex, message });
const electronPackage = boundary('^electron(/|$)', 'Only the Electron shell files import electron.');
const nodeBuiltins = boundary(
  `^(node:|(${builtinModules.filter((name) => !name.startsWith('_')).join('|')})(/|$))`,
  'The renderer runs in a browser page: no Node built-ins; ask main through a channel.',
);
const rendererReach = (levels) =>
  boundary(
    `^(\\.\\./){${levels},}`,
    'The renderer imports only its own code, @shared/* and packages: import shared code as @shared/..., never by a path out of renderer/.',
  );

/** One config per folder depth of renderer/src, since leaving renderer/ takes one more "../" per level. */
const rendererBoundaries = Array.from({ length: 8 }, (_, depth) => ({
  files: [`renderer/src/${'*/'.repeat(depth)}*.{ts,tsx}`],
  rules: { 'no-restricted-imports': ['error', { patterns: [electronPackage, nodeBuiltins, rendererReach(depth + 2)] }] },
}));

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'coverage/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    plugins: { 'simple-import-sort': simpleImportSort },
    rules: {
      'simple-import-sort/imports': 'error',
      'simple-import-sort/exports': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-console': 'off',
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}', 'tests/component/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: globals.browser },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    files: ['electron/main/services/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            electronPackage,
            boundary(
              '(^|/)(ipc|ipc-electron)(/|$)',
              'Services are plain TypeScript: they never import ipc/ (handlers call services, not the reverse).',
            ),
            boundary('(^|/)(areas|app-context)(/|$)', 'Services never import the wiring: an area passes them what they need.'),
          ],
        },
      ],
    },
  },
  {
    files: ['electron/main/ipc/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            electronPackage,
            boundary('(^|/)(db|areas)(/|$)', 'Handlers call services: they never reach the database or the wiring.'),
          ],
        },
      ],
    },
  },
  {
    files: ['electron/main/db/repositories/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            electronPackage,
            boundary(
              '(^|/)(services|ipc|areas|pdf)(/|$)',
              'Repositories hold the SQL only: they never import services, ipc/, areas/ or pdf/.',
            ),
          ],
        },
      ],
    },
  },
  {
    files: ['electron/main/pdf/templates/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            electronPackage,
            boundary(
              '(^|/)(db|ipc|areas)(/|$)',
              'Templates read through services: declare the readers the template needs and let its area bind them (areas/<area>.ts).',
            ),
          ],
        },
      ],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            electronPackage,
            boundary(nodeBuiltins.regex, 'shared/ runs on both sides: no Node built-ins.'),
            boundary('(^|/)(electron|renderer)(/|$)', 'shared/ never imports main or renderer code.'),
          ],
        },
      ],
    },
  },
  ...rendererBoundaries,
  {
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['renderer/postcss.config.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
