import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import mongoose from 'mongoose';
import type { Logger } from 'pino';

interface MongoServerErrorLike {
  code?: number;
  keyValue?: Record<string, unknown>;
}

/**
 * Maps storage errors to client codes (validation → BAD_USER_INPUT, duplicate key → CONFLICT)
 * and hides the text of unexpected errors in production.
 */
export function createErrorFormatter(log: Logger) {
  const production = process.env.NODE_ENV === 'production';
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (original instanceof mongoose.Error.ValidationError || original instanceof mongoose.Error.CastError) {
      return { ...formatted, message: original.message, extensions: { code: 'BAD_USER_INPUT' } };
    }
    if ((original as MongoServerErrorLike | undefined)?.code === 11000) {
      const keyValue = (original as MongoServerErrorLike).keyValue;
      return { ...formatted, message: 'A record with the same unique key already exists', extensions: { code: 'CONFLICT', key: keyValue ? Object.keys(keyValue) : undefined } };
    }
    if (formatted.extensions?.code === 'INTERNAL_SERVER_ERROR') {
      log.error({ err: original, path: formatted.path }, 'unexpected error');
      if (production) return { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
    }
    return formatted;
  };
}
