import type { Caller } from '@pas/platform';

export interface GatewayContext {
  caller: Caller;
  /** The verified bearer header, forwarded as is. */
  authorization: string | undefined;
  requestId: string;
  /** x-access-purpose: why personal data is asked for; subgraphs audit it. */
  purpose: string | undefined;
}
