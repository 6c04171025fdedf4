import type { CodegenConfig } from '@graphql-codegen/cli';

// Types for schema.graphql and for every operation extract.mjs found in the GraphiQL tabs and the README.
// Codegen validates each document against the schema (unknown fields, wrong argument types) before it
// writes a type; tsc then checks each example's variables against its operation's Variables type.
const config: CodegenConfig = {
  schema: '../../schema.graphql',
  documents: 'operations/*.graphql',
  errorsOnly: false,
  generates: {
    'generated/graphql.ts': {
      plugins: ['typescript', 'typescript-operations'],
      config: {
        // The API's custom scalars travel as JSON strings (Long as a number).
        scalars: { Money: 'string', DateOnly: 'string', DateTimeOffset: 'string', Long: 'number' },
        strictScalars: true,
        enumsAsTypes: true,
        avoidOptionals: false,
        skipTypename: true,
      },
    },
  },
};

export default config;
