import { badUserInput } from '@pas/platform';

const MAX_MICROLOANS = 200;

/** How many microloans one `Query.microloans` page holds: `first`, 50 when not given. */
export function microloansPageSize(first: number | null | undefined): number {
  const size = first ?? 50;
  if (!Number.isInteger(size) || size < 0 || size > MAX_MICROLOANS) {
    throw badUserInput(`first must be between 0 and ${MAX_MICROLOANS}`, { argument: 'first' });
  }
  return size;
}
