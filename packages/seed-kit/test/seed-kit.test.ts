import { describe, expect, it } from 'vitest';
import { apportion, Rng, scaled } from '../src/index.js';

describe('Rng', () => {
  it('gives the same sequence for the same seed', () => {
    const a = new Rng(7);
    const b = new Rng(7);
    expect(Array.from({ length: 5 }, () => a.next())).toEqual(Array.from({ length: 5 }, () => b.next()));
  });

  it('forks independent streams by label, so adding a module leaves the others unchanged', () => {
    const root = new Rng(7);
    expect(root.fork('registry').next()).toBe(new Rng(7).fork('registry').next());
    expect(root.fork('registry').next()).not.toBe(root.fork('finance').next());
  });

  it('keeps int() within its bounds', () => {
    const rng = new Rng(1);
    const values = Array.from({ length: 1000 }, () => rng.int(3, 5));
    expect(new Set(values)).toEqual(new Set([3, 4, 5]));
  });
});

describe('apportion', () => {
  it('splits a total into whole parts that add up exactly', () => {
    const parts = apportion(3_912, [13_759, 12_000, 9_500]);
    expect(parts.reduce((a, b) => a + b, 0)).toBe(3_912);
    expect(parts.every(Number.isInteger)).toBe(true);
  });

  it('scales a documented count, exact at full scale', () => {
    expect(scaled(2_687, 1)).toBe(2_687);
    expect(scaled(2_687, 0.1)).toBe(269);
    expect(scaled(78, 0.001, 1)).toBe(1);
  });
});
