import { badUserInput } from '@pas/platform';

const MAX_RENOVATIONS = 500;

/** How many renovation cases one `Query.renovations` page holds: `first`, 100 when not given. */
export function renovationsPageSize(first: number | null | undefined): number {
  const size = first ?? 100;
  if (!Number.isInteger(size) || size < 0 || size > MAX_RENOVATIONS) {
    throw badUserInput(`first must be between 0 and ${MAX_RENOVATIONS}`, { argument: 'first' });
  }
  return size;
}
