import { describe, expect, it } from 'vitest';
import { renovationFromInput } from '../src/domain/renovation-input.js';

const now = new Date('2020-06-30T00:00:00Z');
const input = { householdId: 'H4103261002010001', villageCode: '410326100201', grade: 'D' as const, method: 'REPLACEMENT' as const, subsidy: 3_500_000, completedYear: 2019 };
const refusal = (field: string) => expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT', field } });

describe('a renovation case from its input', () => {
  it('is one case per household, placed in its village and county', () => {
    expect(renovationFromInput(input, now)).toEqual({ id: 'RN-H4103261002010001', ...input, countyCode: '410326' });
    expect(renovationFromInput({ ...input, completedYear: undefined }, now).completedYear).toBeNull();
  });

  it('refuses safe houses, subsidies that are typing errors and completion outside the campaign', () => {
    expect(() => renovationFromInput({ ...input, grade: 'B' }, now)).toThrow(refusal('grade'));
    expect(() => renovationFromInput({ ...input, subsidy: 20_000_000 }, now)).toThrow(refusal('subsidy'));
    expect(() => renovationFromInput({ ...input, completedYear: 2021 }, now)).toThrow(refusal('completedYear'));
    expect(() => renovationFromInput({ ...input, completedYear: 2013 }, now)).toThrow(refusal('completedYear'));
  });
});
