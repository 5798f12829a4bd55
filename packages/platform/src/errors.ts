import { GraphQLError } from 'graphql';

/** The error codes clients can rely on, in `extensions.code`. */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'FORBIDDEN'
  | 'UNAUTHENTICATED'
  | 'CONFLICT'
  | 'PURPOSE_REQUIRED'
  | 'DEADLINE_EXCEEDED'
  | 'INTERNAL_SERVER_ERROR'
  // An exit the household's assessment does not support (EXITED in recordStatusChange).
  | 'EXIT_CRITERIA_NOT_MET'
  | 'EXIT_NEEDS_OVERRIDE'
  | 'EXIT_CHECK_UNAVAILABLE';

export function graphqlError(code: ErrorCode, message: string, details?: Record<string, unknown>): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...details } });
}

export const badUserInput = (message: string, details?: Record<string, unknown>) => graphqlError('BAD_USER_INPUT', message, details);
export const notFound = (message: string, details?: Record<string, unknown>) => graphqlError('NOT_FOUND', message, details);
export const forbidden = (message: string, details?: Record<string, unknown>) => graphqlError('FORBIDDEN', message, details);
export const unauthenticated = (message: string) => graphqlError('UNAUTHENTICATED', message);
/** A bad token fails the whole request, so it also sets the HTTP status. */
export const invalidToken = (message: string) => graphqlError('UNAUTHENTICATED', message, { http: { status: 401 } });
export const conflict = (message: string, details?: Record<string, unknown>) => graphqlError('CONFLICT', message, details);
