import { describe, expect, it } from 'vitest';
import { schoolEntryYear } from '../src/domain/exit-assessment.js';

describe('school entry year (入学年龄: six by 31 August)', () => {
  it.each([
    ['2010-01-01', 2016],
    ['2010-08-31', 2016],
    ['2010-09-01', 2017],
    ['2010-12-31', 2017],
  ])('starts compulsory education for a child born %s in the school year %i', (born, year) => {
    expect(schoolEntryYear(new Date(born))).toBe(year);
  });
});
