import { badUserInput, countyScope, forbidden, type Caller } from '@pas/platform';

/** County officials may ask about their own county only; the code must be a county's. */
export function assertCountyVisible(caller: Caller, countyCode: string): void {
  if (!/^\d{6}$/.test(countyCode)) throw badUserInput('countyCode must be a 6-digit county code', { argument: 'countyCode' });
  const scope = countyScope(caller);
  if (scope && scope !== countyCode) throw forbidden('This county is outside your county', { countyCode });
}
