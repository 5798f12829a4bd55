import { describe, expect, it } from 'vitest';
import { ageOn } from '@pas/seed-kit';
import { School, StudentAid, StudentEnrolment, type SchoolDoc, type StudentAidDoc, type StudentEnrolmentDoc } from '../src/models/index.js';
import { seedModule } from '../src/seed/index.js';
import { buildFamilyWorld, itSeedsEveryCollection } from '@pas/test-helpers';

const world = buildFamilyWorld({ counties: ['410326', '410325'], villages: 2, households: 40, scale: 0.01 });
describe('education seed module', () => {
  const docs = itSeedsEveryCollection(seedModule, world, [School, StudentEnrolment, StudentAid]);
  const enrolments = docs.studentEnrolments as StudentEnrolmentDoc[];

  it('enrols only children of the world aged 3 to 22, in a school of their own county and of their stage', () => {
    const persons = new Map(world.households.flatMap((h) => h.members.map((m) => [m.id, { person: m, household: h }] as const)));
    const schools = new Map((docs.schools as SchoolDoc[]).map((s) => [s.id, s]));
    expect(enrolments.length).toBeGreaterThan(0);
    for (const enrolment of enrolments) {
      const { person, household } = persons.get(enrolment.personId)!;
      expect(household.id).toBe(enrolment.householdId);
      expect(household.villageCode).toBe(enrolment.villageCode);
      const age = ageOn(person.birthDate, new Date(Date.UTC(enrolment.schoolYear, 8, 1)));
      expect(age).toBeGreaterThanOrEqual(3);
      expect(age).toBeLessThanOrEqual(22);
      const school = schools.get(enrolment.schoolId)!;
      expect(school.countyCode).toBe(household.countyCode);
      expect(school.stage).toBe(enrolment.stage);
    }
  });

  it('puts every child of compulsory-school age on a roll, and pays aid only for children at school', () => {
    const enrolled = new Map(enrolments.map((e) => [e.personId, e]));
    for (const household of world.households) {
      for (const person of household.members) {
        const age = ageOn(person.birthDate, new Date(Date.UTC(2019, 8, 1)));
        if (age >= 6 && age <= 14) expect(enrolled.has(person.id)).toBe(true);
      }
    }
    for (const aid of docs.studentAid as StudentAidDoc[]) {
      const enrolment = enrolled.get(aid.personId)!;
      expect(enrolment.status).not.toBe('DROPPED_OUT');
      expect(aid).toMatchObject({ householdId: enrolment.householdId, stage: enrolment.stage, countyCode: enrolment.countyCode });
    }
  });
});
