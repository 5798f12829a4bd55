import { assertMayWrite } from '@pas/platform';
import type { SubgraphContext } from '@pas/subgraph-kit';

/** Who writes: the caller's subject, once it is known the caller may write to the register. */
export function actor(ctx: SubgraphContext): string {
  assertMayWrite(ctx.caller, 'registry');
  return ctx.caller.subject ?? 'unknown';
}
