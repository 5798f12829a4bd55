import { badUserInput } from '@pas/platform';

/** Opaque Relay cursors over a sort key: base64url of JSON. */
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
