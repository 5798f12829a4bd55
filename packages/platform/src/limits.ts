import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { GraphQLFormattedError, ValidationRule } from 'graphql';
import { wholeNumberSetting } from './settings.js';

/** Query limits, the same settings for the gateway and every subgraph. */
export interface Limits {
  maxDepth: number;
  maxCost: number;
  maxAliases: number;
  maxTokens: number;
  maxDirectives: number;
}

export function limitsFromEnv(env: NodeJS.ProcessEnv = process.env): Limits {
  const n = (name: string, fallback: number) => wholeNumberSetting(name, fallback, { env });
  return {
    maxDepth: n('MAX_QUERY_DEPTH', 12),
    maxCost: n('MAX_QUERY_COST', 20_000),
    maxAliases: n('MAX_QUERY_ALIASES', 20),
    maxTokens: n('MAX_QUERY_TOKENS', 3_000),
    maxDirectives: n('MAX_QUERY_DIRECTIVES', 30),
  };
}

/**
 * Depth, cost, alias, token and directive limits; field suggestions hidden in production.
 * Subgraphs pass `countTokens: false`: the gateway's query plans inline the caller's fragments,
 * so the document a subgraph receives can be longer than the one the gateway accepted.
 */
export function queryLimits<TContext extends BaseContext>(
  limits: Limits,
  options: { countTokens?: boolean } = {},
): { validationRules: ValidationRule[]; plugins: ApolloServerPlugin<TContext>[] } {
  const armor = new ApolloArmor({
    maxDepth: { n: limits.maxDepth, ignoreIntrospection: true },
    costLimit: { maxCost: limits.maxCost },
    maxAliases: { n: limits.maxAliases },
    maxTokens: { n: limits.maxTokens, enabled: options.countTokens ?? true },
    maxDirectives: { n: limits.maxDirectives },
    blockFieldSuggestion: { enabled: process.env.NODE_ENV === 'production' },
  }).protect();
  // graphql-armor is typed against @apollo/server's CommonJS build; the objects are the same.
  return { validationRules: armor.validationRules, plugins: armor.plugins as unknown as ApolloServerPlugin<TContext>[] };
}

const LIMIT_MESSAGES: [RegExp, string][] = [
  [/Query depth limit/i, 'depth'],
  [/Query Cost limit/i, 'cost'],
  [/Aliases limit/i, 'aliases'],
  [/Token limit/i, 'tokens'],
  [/Directives limit/i, 'directives'],
];

/** Gives a rejected query one clear code, QUERY_LIMIT_EXCEEDED, and the name of the limit. */
export function limitErrorCode(error: GraphQLFormattedError): GraphQLFormattedError {
  const limit = LIMIT_MESSAGES.find(([pattern]) => pattern.test(error.message))?.[1];
  return limit ? { ...error, extensions: { ...error.extensions, code: 'QUERY_LIMIT_EXCEEDED', limit } } : error;
}
