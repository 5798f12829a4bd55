import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { composeSupergraph, supergraphFile } from '../src/compose.js';

describe('supergraph', () => {
  it('composes from the subgraphs’ schema files and the checked-in file is up to date (run `npm run compose`)', () => {
    expect(readFileSync(supergraphFile, 'utf8')).toBe(composeSupergraph());
  });
});
