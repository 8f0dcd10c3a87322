// Typed GraphQL documents for the web app, generated offline from the committed schemas
// (`npm run web:codegen`): the sites against the tenant schema, the platform console
// (src/platform/) against the platform schema. The output in each generated/ folder is committed.
import type { CodegenConfig } from '@graphql-codegen/cli';

const clientOutput = {
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
} as const;

const config: CodegenConfig = {
  ignoreNoDocuments: false,
  generates: {
    'apps/web/src/graphql/generated/': {
      ...clientOutput,
      schema: 'apps/api/schema.gql',
      documents: ['apps/web/src/**/*.{ts,tsx}', '!apps/web/src/graphql/generated/**', '!apps/web/src/platform/**'],
    },
    'apps/web/src/platform/generated/': {
      ...clientOutput,
      schema: 'apps/api/platform-schema.gql',
      documents: ['apps/web/src/platform/**/*.{ts,tsx}', '!apps/web/src/platform/generated/**'],
    },
  },
};

export default config;
