import { describe, expect, it } from 'vitest';
import { enrolmentFromInput } from '../src/domain/health-input.js';

const today = new Date('2020-06-30T00:00:00Z');
const input = { personId: 'H4103261002010001-2', year: 2020, basicMedical: true, criticalIllness: true, medicalAssistance: false };
const refusal = (field: string) => expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT', field } });

describe('an insurance enrolment from its input', () => {
  it('is placed by the person id, one per person and year', () => {
    expect(enrolmentFromInput(input, today)).toEqual({
      id: 'IE-H4103261002010001-2-2020',
      personId: 'H4103261002010001-2',
      householdId: 'H4103261002010001',
      villageCode: '410326100201',
      countyCode: '410326',
      year: 2020,
      basicMedical: true,
      criticalIllness: true,
      medicalAssistance: false,
    });
    expect(enrolmentFromInput(input, today).id).toBe(enrolmentFromInput({ ...input, medicalAssistance: true }, today).id);
    expect(enrolmentFromInput(input, today).id).not.toBe(enrolmentFromInput({ ...input, year: 2019 }, today).id);
  });

  it('may be for next year, not later, and not before the register', () => {
    expect(enrolmentFromInput({ ...input, year: 2021 }, today).year).toBe(2021);
    expect(() => enrolmentFromInput({ ...input, year: 2022 }, today)).toThrow(refusal('year'));
    expect(() => enrolmentFromInput({ ...input, year: 2013 }, today)).toThrow(refusal('year'));
  });

  it('refuses critical-illness cover without basic insurance, and ids that are not a person of the register', () => {
    expect(() => enrolmentFromInput({ ...input, basicMedical: false }, today)).toThrow(refusal('criticalIllness'));
    expect(() => enrolmentFromInput({ ...input, personId: 'H4103261002010001' }, today)).toThrow(refusal('personId'));
  });
});
