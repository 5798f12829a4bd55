import type { GraphiQLProps } from 'graphiql';

type Fetcher = GraphiQLProps['fetcher'];

/** What the top bar holds: who calls (a bearer token) and why (the access purpose). */
export interface Caller {
  token: string;
  purpose: string;
}

/**
 * The headers that identify the caller. A pasted "Bearer " prefix is tolerated. The purpose is
 * percent-encoded because header values are ASCII only; the subgraphs decode it for their audit.
 */
export function callerHeaders({ token, purpose }: Caller): Record<string, string> {
  const headers: Record<string, string> = {};
  const bareToken = token.trim().replace(/^Bearer\s+/i, '');
  if (bareToken) headers.authorization = `Bearer ${bareToken}`;
  if (purpose.trim()) headers['x-access-purpose'] = encodeURIComponent(purpose.trim());
  return headers;
}

/**
 * Posts operations to the endpoint as the current caller. Headers typed in GraphiQL's headers
 * editor override the top bar's. `currentCaller` is read per request, so the fetcher stays the
 * same object and GraphiQL does not refetch the schema on every keystroke.
 */
export function createFetcher(endpoint: string, currentCaller: () => Caller): Fetcher {
  return async (params, options) => {
    const response = await fetch(endpoint, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
        ...callerHeaders(currentCaller()),
        ...options?.headers,
      },
      body: JSON.stringify(params),
    });
    return response.json();
  };
}
