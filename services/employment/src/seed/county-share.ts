import { RUYANG } from '@pas/seed-kit/figures';

/**
 * A 汝阳 figure for one county of the world: 汝阳's own scaled by the world's scale, any other
 * county's by 汝阳's rate per registered household (the documents give the others none).
 */
export function countyShare(ruyangFigure: number, countyCode: string, households: number, scale: number): number {
  const share = countyCode === RUYANG.code ? ruyangFigure * scale : (ruyangFigure * households) / RUYANG.registeredHouseholds!;
  return Math.round(share);
}
