import type { ErrorRequestHandler } from 'express';
import type { Logger } from './logger.js';

interface BodyParserError extends Error {
  status?: number;
  type?: string;
  limit?: number;
}

/**
 * A request the GraphQL server never saw (body too large, not JSON) is answered like any other
 * GraphQL error, with a code, instead of express's HTML page and stack trace.
 */
export function requestErrors(log: Logger): ErrorRequestHandler {
  return (error: BodyParserError, _req, res, next) => {
    if (res.headersSent) return next(error);
    const status = error.status !== undefined && error.status >= 400 && error.status < 500 ? error.status : 500;
    const [code, message] =
      error.type === 'entity.too.large'
        ? ['REQUEST_TOO_LARGE', `The request body is larger than the limit of ${error.limit} bytes`]
        : error.type === 'entity.parse.failed'
          ? ['BAD_REQUEST', 'The request body is not valid JSON']
          : status < 500
            ? ['BAD_REQUEST', error.message]
            : ['INTERNAL_SERVER_ERROR', 'Internal server error'];
    if (status === 500) log.error({ err: error }, 'request failed');
    res.status(status).json({ errors: [{ message, extensions: { code } }] });
  };
}
