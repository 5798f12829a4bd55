import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import mongoose from 'mongoose';
import type { Logger } from '@pas/platform';
import { exposeStacktraces } from '@pas/platform';
import { deadlineExceeded } from './deadline.js';
import { isDuplicateKey } from './database.js';

interface MongoServerErrorLike {
  code?: number;
  keyValue?: Record<string, unknown>;
}

/** MongoDB's MaxTimeMSExpired: a read ran past the request's deadline (see deadline.ts). */
const MAX_TIME_MS_EXPIRED = 50;

/**
 * Maps storage errors to client codes (validation → BAD_USER_INPUT, duplicate key → CONFLICT,
 * time limit → DEADLINE_EXCEEDED) and hides the text of unexpected errors, which can name files
 * and internals, unless EXPOSE_STACKTRACES is on.
 */
export function createErrorFormatter(log: Logger, expose = exposeStacktraces()) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (original instanceof mongoose.Error.ValidationError || original instanceof mongoose.Error.CastError) {
      return { ...formatted, message: original.message, extensions: { code: 'BAD_USER_INPUT' } };
    }
    if (isDuplicateKey(original)) {
      const keyValue = (original as MongoServerErrorLike).keyValue;
      return { ...formatted, message: 'A record with the same unique key already exists', extensions: { code: 'CONFLICT', key: keyValue ? Object.keys(keyValue) : undefined } };
    }
    if ((original as MongoServerErrorLike | undefined)?.code === MAX_TIME_MS_EXPIRED) {
      return { message: deadlineExceeded().message, path: formatted.path, extensions: { code: 'DEADLINE_EXCEEDED' } };
    }
    if (formatted.extensions?.code === 'INTERNAL_SERVER_ERROR') {
      log.error({ err: original, path: formatted.path }, 'unexpected error');
      if (!expose) return { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
    }
    return formatted;
  };
}
