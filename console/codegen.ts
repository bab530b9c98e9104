import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Result and variable types of every GraphQL document the console sends, generated from the committed schema into
 * src/gql/ (`npm run codegen`; `npm run codegen:check` fails when they are stale). Documents are written with
 * `graphql(...)` in each module's operations.ts and sent as strings.
 */
const config: CodegenConfig = {
  schema: '../schema/schema.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**'],
  generates: {
    'src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        documentMode: 'string',
        enumsAsTypes: true,
        onlyOperationTypes: true,
        skipTypename: true,
        strictScalars: true,
        scalars: { DateTimeISO: 'string', JSONObject: 'Record<string, unknown>', Upload: 'File' },
        useTypeImports: true,
      },
    },
  },
};

export default config;
