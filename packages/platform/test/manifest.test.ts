import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { manifestPath, SUBGRAPHS, subgraphEntry, subgraphVariable } from '../src/manifest.js';

describe('subgraphs.json', () => {
  it('lists each subgraph once, on a port of its own, with files that exist', () => {
    expect(SUBGRAPHS.length).toBeGreaterThan(0);
    expect(new Set(SUBGRAPHS.map((s) => s.name)).size).toBe(SUBGRAPHS.length);
    expect(new Set(SUBGRAPHS.map((s) => s.port)).size).toBe(SUBGRAPHS.length);
    for (const { schema, entry, seed } of SUBGRAPHS) {
      expect(existsSync(manifestPath(schema)), schema).toBe(true);
      expect(existsSync(manifestPath(entry)), entry).toBe(true);
      expect(existsSync(manifestPath(seed)), seed).toBe(true);
    }
  });

  it('names the subgraphs it knows when asked for another', () => {
    expect(subgraphEntry('registry').port).toBe(4001);
    expect(() => subgraphEntry('tax')).toThrow(/"tax" is not in subgraphs.json \(registry, employment/);
  });

  it("names a subgraph's own environment variables as a shell can write them", () => {
    expect(subgraphVariable('registry', 'MONGODB_URI')).toBe('REGISTRY_MONGODB_URI');
    expect(subgraphVariable('civil-affairs', 'URL')).toBe('CIVIL_AFFAIRS_URL');
  });
});
