// Import boundaries (docs/ARCHITECTURE.md, "Layers"): app/ is isomorphic and imports nothing of
// ours outside app/ and no Node or Electron module; renderer/ imports only app/; main/ imports
// app/ but never renderer/. Inside main/, only main/electron imports electron and only the engine
// loads the native addon.
import js from '@eslint/js';
import { builtinModules } from 'node:module';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const nodeModules = [...builtinModules, ...builtinModules.map((m) => `node:${m}`), 'electron'];
const restrict = (patterns, paths = []) => ({
  'no-restricted-imports': [
    'error',
    { paths: paths.map((name) => ({ name, message: 'not allowed in this layer' })), patterns },
  ],
});
const electronOnlyInElectron = { group: ['electron'], message: 'only main/electron/ imports electron' };
const addonOnlyInEngine = { group: ['**/native/addon'], message: 'only main/engine/ loads the native addon' };

export default tseslint.config(
  { ignores: ['node_modules/', 'out/', 'build/', 'release/', 'test/e2e/screenshots/'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        project: ['./tsconfig.app.json', './tsconfig.renderer.json', './tsconfig.json'],
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // async methods that implement a Promise-returning interface need no await
      '@typescript-eslint/require-await': 'off',
    },
  },
  { files: ['**/*.{js,mjs,cjs}'], ...tseslint.configs.disableTypeChecked },
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
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...restrict(
        [{ group: ['**/main/**', '**/test/**'], message: 'renderer/ may import only app/ (and browser packages)' }],
        nodeModules,
      ),
    },
  },
  {
    files: ['main/**/*.ts'],
    ignores: ['main/electron/**', 'main/engine/**'],
    languageOptions: { globals: globals.node },
    rules: restrict([
      { group: ['**/renderer/**'], message: 'main/ may import app/, never renderer/' },
      electronOnlyInElectron,
      addonOnlyInEngine,
    ]),
  },
  {
    files: ['main/electron/**/*.ts'],
    languageOptions: { globals: globals.node },
    rules: restrict([
      { group: ['**/renderer/**'], message: 'main/ may import app/, never renderer/' },
      addonOnlyInEngine,
    ]),
  },
  {
    files: ['main/engine/**/*.ts'],
    languageOptions: { globals: globals.node },
    rules: restrict([
      { group: ['**/renderer/**'], message: 'main/ may import app/, never renderer/' },
      electronOnlyInElectron,
    ]),
  },
  {
    files: ['test/**/*.{ts,mjs}', 'scripts/**/*.{mjs,ts}', '*.config.{mts,mjs}', 'bin/**/*.cjs'],
    languageOptions: { globals: globals.node },
    rules: {
      '@typescript-eslint/no-require-imports': 'off',
      // tests read untyped JSON (CLI output, files) and pass vitest's asymmetric matchers
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/unbound-method': 'off',
    },
  },
);
