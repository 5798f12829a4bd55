import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SUBGRAPHS } from '@pas/platform';
import { composeSupergraph, supergraphFile } from '../src/compose.js';

describe('supergraph', () => {
  it('composes from the subgraphs’ schema files and the checked-in file is up to date (run `npm run compose`)', () => {
    expect(readFileSync(supergraphFile, 'utf8')).toBe(composeSupergraph());
  });

  it('takes an eighth subgraph from one more entry of subgraphs.json and the schema in its folder', () => {
    const assistance = { name: 'assistance', port: 4008, schema: 'gateway/test/fixtures/assistance/schema.graphql', entry: 'services/assistance/src/index.ts', seed: 'services/assistance/src/seed/index.ts' };
    const sdl = composeSupergraph([...SUBGRAPHS, assistance]);
    expect(sdl).toContain('ASSISTANCE @join__graph(name: "assistance", url: "http://localhost:4008/graphql")');
    expect(sdl).toMatch(/assistance: HouseholdAssistance @join__field\(graph: ASSISTANCE\)/);
    expect(sdl).toMatch(/type HouseholdAssistance\s+@join__type\(graph: ASSISTANCE\)/);
  });
});
