import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor, pageSize } from '../src/index.js';

describe('cursors', () => {
  it('round-trip a position and are opaque URL-safe text', () => {
    const cursor = encodeCursor({ name: '王/李+张', _id: 'H4103261010010007' });
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(cursor, ['name', '_id'])).toEqual({ name: '王/李+张', _id: 'H4103261010010007' });
  });

  it('refuse a cursor that is not one, or lacks a key of the sort, as bad input on `after`', () => {
    const badInput = expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT', argument: 'after' } });
    expect(() => decodeCursor('not a cursor', ['_id'])).toThrow(badInput);
    expect(() => decodeCursor(encodeCursor({ name: 'x' }), ['name', '_id'])).toThrow(badInput);
  });

  it('size pages from `first` or the fallback, within 0 and the maximum', () => {
    expect(pageSize(undefined, { fallback: 20, max: 200 })).toBe(20);
    expect(pageSize(null, { fallback: 20, max: 200 })).toBe(20);
    expect(pageSize(0, { fallback: 20, max: 200 })).toBe(0);
    expect(pageSize(200, { fallback: 20, max: 200 })).toBe(200);
    for (const first of [201, -1, 2.5]) {
      expect(() => pageSize(first, { fallback: 20, max: 200 }), String(first)).toThrow(expect.objectContaining({ message: 'first must be between 0 and 200', extensions: { code: 'BAD_USER_INPUT', argument: 'first' } }));
    }
  });
});
