// Typed GraphQL documents for the web app, generated offline from the committed tenant schema
// (`npm run web:codegen`); the output in src/graphql/generated/ is committed with the sources.
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: 'apps/api/schema.gql',
  documents: ['apps/web/src/**/*.{ts,tsx}', '!apps/web/src/graphql/generated/**'],
  ignoreNoDocuments: false,
  generates: {
    'apps/web/src/graphql/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        // Documents as plain strings: the transport posts them as they are, so no GraphQL parser ships to the browser.
        documentMode: 'string',
        enumsAsTypes: true,
        useTypeImports: true,
        skipTypename: true,
        scalars: { DateTime: 'string' },
      },
    },
  },
};

export default config;
