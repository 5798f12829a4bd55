import { describe, expect, it } from 'vitest';
import { postFromInput, transferFromInput } from '../src/domain/employment-input.js';

const today = new Date('2020-06-30T00:00:00Z');
const place = { personId: 'H4103261002010001-2', householdId: 'H4103261002010001', villageCode: '410326100201', countyCode: '410326' };
const refusal = (field: string) => expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT', field } });

describe('jobs from their input', () => {
  const transfer = { personId: place.personId, startDate: new Date('2019-03-01'), monthlyIncome: 420_000, destinationScope: 'OUT_OF_PROVINCE' as const, destination: ' 浙江宁波 ', employer: null };

  it('turns a transfer into a lasting job of the person, keyed by person, kind and start', () => {
    expect(transferFromInput(transfer, today)).toEqual({
      id: 'TE-H4103261002010001-2-20190301',
      kind: 'TRANSFER',
      ...place,
      startDate: new Date('2019-03-01'),
      endDate: null,
      monthlyIncome: 420_000,
      destinationScope: 'OUT_OF_PROVINCE',
      destination: '浙江宁波',
      employer: null,
    });
  });

  it('turns a public-welfare post into a job of its own kind', () => {
    const post = postFromInput({ personId: place.personId, startDate: new Date('2019-04-01'), monthlyPay: 50_000, postType: 'FOREST_RANGER' }, today);
    expect(post).toMatchObject({ id: 'PW-H4103261002010001-2-20190401', kind: 'PUBLIC_WELFARE_POST', ...place, endDate: null, monthlyIncome: 50_000, postType: 'FOREST_RANGER' });
  });

  it('refuses a start in the future, a wage that is a typing error and a post without pay', () => {
    expect(() => transferFromInput({ ...transfer, startDate: new Date('2021-01-01') }, today)).toThrow(refusal('startDate'));
    expect(() => transferFromInput({ ...transfer, monthlyIncome: 50_000_000 }, today)).toThrow(refusal('monthlyIncome'));
    expect(() => postFromInput({ personId: place.personId, startDate: new Date('2019-04-01'), monthlyPay: 0, postType: 'CLEANER' }, today)).toThrow(refusal('monthlyPay'));
  });
});
