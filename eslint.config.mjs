// ESLint flat config: strict TypeScript on both sides, React hooks rules in the renderer,
// sorted imports everywhere. Prettier owns formatting.
import { readdirSync } from 'node:fs';
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

// A service folder imports only its own area's repositories (and the audit log every write records in);
// it reaches another area through the services its area passes in. A folder not listed here owns the
// repository of its own name (services/inspections -> repositories/inspections).
const OWN_REPOSITORIES = {
  criteria: ['criteria', 'recognitions'],
  movements: ['movements', 'milestones'],
  'unit-history': ['unit-history'],
  // Targets keep no table of their own: they read criteria, recognitions, units and target rows through services.
  targets: [],
  // The one exception: first-run setup writes the settings row and the whole unit catalogue before any
  // operator exists, in one transaction with the seed movement; it builds those repositories itself (areas/setup.ts).
  setup: ['settings', 'units'],
};
const SHARED_REPOSITORIES = ['audit'];
const servicesDir = new URL('./electron/main/services/', import.meta.url);
const serviceAreas = readdirSync(servicesDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

const serviceRules = (folder, own) => {
  const allowed = [...own, ...SHARED_REPOSITORIES].join('|');
  const ownText = own.length === 0 ? 'none' : own.join(', ');
  return {
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
          boundary(
            `(^|/)db/repositories/(?!(${allowed})(\\.ts)?$)`,
            `${folder} imports only its own area's repositories (${ownText}) and audit: reach another area through its services, passed in by the area (areas/<area>.ts).`,
          ),
        ],
      },
    ],
  };
};

/** One config per service folder, each with its own repositories; later configs override the first. */
const serviceBoundaries = [
  // Any file under services/ (a folder created after this config was loaded too) starts with no repository.
  { files: ['electron/main/services/**/*.ts'], rules: serviceRules('A service', []) },
  ...serviceAreas.map((area) => ({
    files: [`electron/main/services/${area}/**/*.ts`],
    rules: serviceRules(`services/${area}`, OWN_REPOSITORIES[area] ?? [area]),
  })),
];

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
  ...serviceBoundaries,
  {
    // Loaded on first use, so start-up does not pay for them (a separate rule name: the boundary rules above stay intact).
    files: ['electron/**/*.ts'],
    ignores: ['electron/main/services/files/lazy-modules.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: ['exceljs', 'pdfmake', 'archiver', 'unzipper'].map((name) => ({
            name,
            allowTypeImports: true,
            message: 'Heavy at start-up: load it on first use (services/files/lazy-modules.ts; pdfmake through pdf/engine.ts).',
          })),
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
    // A screen left behind must not write the address (app/screen-params.ts); a separate rule name keeps the boundary rules intact.
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/src/app/screen-params.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'react-router',
              importNames: ['useSearchParams'],
              message:
                'Read and write the address through useScreenParams (app/screen-params.ts): it drops writes once the screen is left.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['renderer/postcss.config.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
