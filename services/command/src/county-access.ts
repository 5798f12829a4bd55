import { countyScope, forbidden, type Caller } from '@pas/subgraph-kit';

/** County officials may ask about their own county only. */
export function assertCountyVisible(caller: Caller, countyCode: string): void {
  const scope = countyScope(caller);
  if (scope && scope !== countyCode) throw forbidden('This county is outside your county', { countyCode });
}
