// @ts-check
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import { defineConfig, globalIgnores } from 'eslint/config';
import tseslint from 'typescript-eslint';

/**
 * `npm run lint` (part of `npm run check`). ESLint's and typescript-eslint's recommended rules with type information
 * (each file is linted with the program of its workspace's tsconfig), the React hooks rules for the console, and a
 * few changes where a rule only restates a deliberate choice of this code base (see below).
 */
export default defineConfig(
  globalIgnores(['**/node_modules/', '**/dist/', '**/.data/', 'coverage/', 'console/src/gql/', 'console/test/artifacts/']),
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        // api/tsconfig.json also covers bench/, seeds/ and migrations/.
        project: ['./api/tsconfig.json', './console/tsconfig.json'],
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      // An async function may return a promise from a try block only with `await`, or its catch never sees the rejection.
      '@typescript-eslint/return-await': ['error', 'error-handling-correctness-only'],
      // Promise.all over a library's `void | Promise<void>` (graphql-ws dispose) or an optional client's `quit()` is fine.
      '@typescript-eslint/await-thenable': ['error', { allowMixedPromiseArrays: true }],
      // A leading underscore marks a parameter kept for its position, or a property taken out of a rest object.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
      // `any` is the deliberate type of untyped GraphQL results in tests and the bench, and of react-admin's records in
      // the console; these rules only restate that (the type checks, no-floating-promises and the rest still apply).
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      // type-graphql's and MikroORM's class lists (resolvers, entities) are typed `Function[]` by those libraries.
      '@typescript-eslint/no-unsafe-function-type': 'off',
      // An async function without `await` is how an interface's async method or a callback that may throw is written here.
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    files: ['console/src/**/*.{ts,tsx}'],
    extends: [reactHooks.configs.flat.recommended],
  },
  {
    // Not in a workspace's tsconfig: linted without type information.
    files: ['**/*.js', 'console/codegen.ts'],
    extends: [tseslint.configs.disableTypeChecked],
  },
);
