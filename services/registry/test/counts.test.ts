import { describe, expect, it } from 'vitest';
import { incidenceRate } from '../src/domain/counts.js';

describe('incidence rate (贫困发生率)', () => {
  it('is the poor share of the rural population, a percent with two decimals', () => {
    // 汝阳 at its exit: 1.18%.
    expect(incidenceRate(4_130, 350_000)).toBe(1.18);
    expect(incidenceRate(1, 3)).toBe(33.33);
    expect(incidenceRate(2, 3)).toBe(66.67);
    expect(incidenceRate(0, 1_000)).toBe(0);
  });

  it('is 0, not a division by zero, where no rural population is on record', () => {
    expect(incidenceRate(12, 0)).toBe(0);
  });
});
