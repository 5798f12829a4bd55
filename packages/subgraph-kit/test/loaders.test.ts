import DataLoader from 'dataloader';
import { describe, expect, it } from 'vitest';
import { Loaders, requestLoaders } from '../src/index.js';

describe('request loaders', () => {
  const load = requestLoaders({
    double: () => new DataLoader<number, number>(async (keys) => keys.map((key) => key * 2)),
    square: () => new DataLoader<number, number>(async (keys) => keys.map((key) => key * key)),
  });

  it('give a request one loader per name, and each request its own', async () => {
    const first = { loaders: new Loaders() };
    const second = { loaders: new Loaders() };
    expect(load.double(first)).toBe(load.double(first));
    expect(load.double(first)).not.toBe(load.square(first));
    expect(load.double(first)).not.toBe(load.double(second));
    expect(await load.double(first).load(3)).toBe(6);
    expect(await load.square(first).load(3)).toBe(9);
  });
});
