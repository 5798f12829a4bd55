import type { CodegenConfig } from '@graphql-codegen/cli';
import { kitSchemaFiles } from './type-defs.js';

/**
 * GraphQL Code Generator settings shared by every subgraph: resolver types from the schema
 * file, with `mappers` naming the stored document type behind each GraphQL type, so a
 * resolver that drifts from its schema fails `typecheck`.
 */
export function subgraphCodegen(mappers: Record<string, string> = {}): CodegenConfig {
  return {
    schema: ['schema.graphql', ...kitSchemaFiles],
    generates: {
      'src/generated/resolvers-types.ts': {
        plugins: [{ add: { content: '/* Generated from schema.graphql by `npm run codegen`. Do not edit. */' } }, 'typescript', 'typescript-resolvers'],
        config: {
          federation: true,
          useTypeImports: true,
          useIndexSignature: false,
          enumsAsTypes: true,
          contextType: '@pas/subgraph-kit#SubgraphContext',
          // The access audit is the kit's, in every subgraph.
          mappers: { AccessAudit: '@pas/subgraph-kit#AuditScope', PersonalDataRead: '@pas/subgraph-kit#PersonalDataReadDoc', ...mappers },
          scalars: {
            Money: 'number',
            Date: { input: 'Date', output: 'Date | string' },
            DateTime: { input: 'Date', output: 'Date | string' },
            ResidentId: 'string',
          },
        },
      },
    },
  };
}

/** Mappers for the registry's entities in a subgraph that extends them: just their keys. */
export const registryRefMappers = {
  Household: '@pas/subgraph-kit#HouseholdRef',
  Person: '@pas/subgraph-kit#PersonRef',
  Village: '@pas/subgraph-kit#VillageRef',
  County: '@pas/subgraph-kit#CountyRef',
};
