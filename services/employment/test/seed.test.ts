import { describe, expect, it } from 'vitest';
import { RUYANG } from '@pas/seed-kit/figures';
import { EmploymentRecord, EmploymentSubsidy, TrainingCourse, Workshop, type EmploymentRecordFields, type EmploymentSubsidyDoc, type TrainingCourseDoc, type WorkshopDoc } from '../src/models/index.js';
import { seedModule } from '../src/seed/index.js';
import { buildFamilyWorld, itSeedsEveryCollection } from '@pas/test-helpers';

const world = buildFamilyWorld({ counties: ['410326', '410325'], villages: 2, households: 30, scale: 0.01 });
describe('employment seed module', () => {
  const docs = itSeedsEveryCollection(seedModule, world, [TrainingCourse, EmploymentRecord, Workshop, EmploymentSubsidy]);
  const records = docs.employmentRecords as EmploymentRecordFields[];

  it('records transfers, public-welfare posts and workshop jobs', () => {
    expect(new Set(records.map((r) => r.kind))).toEqual(new Set(['TRANSFER', 'PUBLIC_WELFARE_POST', 'WORKSHOP']));
  });

  it('names only persons, households and villages of the world, each where the world has them', () => {
    const persons = new Map(world.households.flatMap((h) => h.members.map((m) => [m.id, h] as const)));
    const villages = new Map(world.villages.map((v) => [v.code, v]));
    for (const record of records) {
      const household = persons.get(record.personId)!;
      expect(household.id).toBe(record.householdId);
      expect(household.villageCode).toBe(record.villageCode);
      expect(household.countyCode).toBe(record.countyCode);
    }
    for (const subsidy of docs.employmentSubsidies as EmploymentSubsidyDoc[]) expect(persons.get(subsidy.personId)!.id).toBe(subsidy.householdId);
    for (const course of docs.trainingCourses as TrainingCourseDoc[]) {
      for (const trainee of course.trainees) expect(persons.get(trainee.personId)!.countyCode).toBe(course.countyCode);
    }
    const workshops = new Map((docs.workshops as WorkshopDoc[]).map((w) => [w.id, w]));
    for (const workshop of workshops.values()) expect(villages.get(workshop.villageCode)!.countyCode).toBe(workshop.countyCode);
    for (const job of records.filter((r) => r.kind === 'WORKSHOP')) expect(workshops.get(job.workshopId!)!.countyCode).toBe(job.countyCode);
  });

  it('gives each labourer one job at most, and only to labourers aged 16 to 60 who can work', () => {
    const personIds = records.map((r) => r.personId);
    expect(new Set(personIds).size).toBe(personIds.length);
    const persons = new Map(world.households.flatMap((h) => h.members.map((m) => [m.id, m] as const)));
    for (const id of personIds) expect(['FULL', 'WEAK']).toContain(persons.get(id)!.labourCapacity);
  });

  it('scales 汝阳’s 2,687 public-welfare posts by the world’s scale', () => {
    const posts = records.filter((r) => r.kind === 'PUBLIC_WELFARE_POST' && r.countyCode === RUYANG.code);
    expect(posts).toHaveLength(Math.round(RUYANG.publicWelfarePosts!.people * world.scale));
  });
});
