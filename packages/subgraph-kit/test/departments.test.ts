import { describe, expect, it } from 'vitest';
import { SUBGRAPHS } from '@pas/platform';
import { DEPARTMENTS } from '../src/access/policy.js';

describe('access policy', () => {
  it('is the list of departments the access policy names', () => {
    expect([...DEPARTMENTS]).toEqual(SUBGRAPHS.map((s) => s.name));
  });
});
