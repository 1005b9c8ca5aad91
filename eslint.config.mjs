// Import boundaries (DESIGN §2): app/ is isomorphic and imports nothing of ours outside app/ and
// no Node or Electron module; renderer/ imports only app/; main/ imports app/ but never renderer/.
import js from '@eslint/js';
import { builtinModules } from 'node:module';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const nodeModules = [...builtinModules, ...builtinModules.map((m) => `node:${m}`), 'electron'];
const restrict = (patterns, paths = []) => ({
  'no-restricted-imports': [
    'error',
    { paths: paths.map((name) => ({ name, message: 'not allowed in this layer' })), patterns },
  ],
});

export default tseslint.config(
  { ignores: ['node_modules/', 'out/', 'build/', 'release/', 'test/e2e/screenshots/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['app/**/*.ts'],
    languageOptions: { globals: {} },
    rules: restrict(
      [
        {
          group: ['**/main/**', '**/renderer/**', '**/test/**'],
          message: 'app/ is the isomorphic core: it imports only app/',
        },
      ],
      nodeModules,
    ),
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    rules: restrict(
      [{ group: ['**/main/**', '**/test/**'], message: 'renderer/ may import only app/ (and browser packages)' }],
      nodeModules,
    ),
  },
  {
    files: ['main/**/*.ts'],
    languageOptions: { globals: globals.node },
    rules: restrict([{ group: ['**/renderer/**'], message: 'main/ may import app/, never renderer/' }]),
  },
  {
    files: ['test/**/*.{ts,mjs}', 'scripts/**/*.{mjs,ts}', '*.config.{mts,mjs}', 'bin/**/*.cjs'],
    languageOptions: { globals: globals.node },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
