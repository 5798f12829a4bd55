import { badUserInput } from '@pas/platform';

/** Paging: opaque Relay cursors over a sort key (base64url of JSON) and page sizes. */
export function encodeCursor(position: Record<string, string | number>): string {
  return Buffer.from(JSON.stringify(position)).toString('base64url');
}

export function decodeCursor<T extends Record<string, string | number>>(cursor: string, keys: (keyof T)[]): T {
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as T;
    if (keys.every((key) => key in value)) return value;
  } catch {
    // fall through to the error below
  }
  throw badUserInput('Invalid cursor: pass back a cursor this API returned', { argument: 'after' });
}

/** How many items a page holds: `first`, or `fallback` when not given; between 0 and `max`. */
export function pageSize(first: number | null | undefined, { fallback, max }: { fallback: number; max: number }): number {
  const size = first ?? fallback;
  if (!Number.isInteger(size) || size < 0 || size > max) {
    throw badUserInput(`first must be between 0 and ${max}`, { argument: 'first' });
  }
  return size;
}
