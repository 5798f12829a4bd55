import type { SeedModule } from '@pas/seed-kit';
import type { EmploymentRecordDoc, EmploymentSubsidyDoc, TrainingCourseDoc, WorkshopDoc } from '../models/index.js';
import { countyJobs } from './jobs.js';
import { labourersByCounty } from './labourers.js';
import { transferSubsidies } from './subsidies.js';
import { countyTrainingCourses } from './trainings.js';
import { rebuildDigests } from '@pas/subgraph-kit';
import { DIGESTS } from '../domain/digests.js';

/**
 * The employment subgraph's part of the seed, county by county: every person, household and
 * village it names is in the world, and each labourer holds at most one job.
 */
export const seedModule: SeedModule = {
  service: 'employment',
  rebuild: (db) => rebuildDigests(db, DIGESTS),
  generate(world, rng) {
    const labourers = labourersByCounty(world);
    const households = new Map<string, number>();
    for (const household of world.households) households.set(household.countyCode, (households.get(household.countyCode) ?? 0) + 1);

    const workshops: WorkshopDoc[] = [];
    const employmentRecords: EmploymentRecordDoc[] = [];
    const employmentSubsidies: EmploymentSubsidyDoc[] = [];
    const trainingCourses: TrainingCourseDoc[] = [];
    for (const county of world.counties) {
      const countyLabourers = labourers.get(county.code)!;
      const countyHouseholds = households.get(county.code) ?? 0;
      const villages = world.villages.filter((v) => v.countyCode === county.code);
      const jobs = countyJobs(county, villages, countyLabourers, countyHouseholds, world.scale, rng.fork(`${county.code}:jobs`));
      workshops.push(...jobs.workshops);
      employmentRecords.push(...jobs.posts, ...jobs.workshopJobs, ...jobs.transfers);
      employmentSubsidies.push(...transferSubsidies(jobs.transfers, rng.fork(`${county.code}:subsidies`)));
      trainingCourses.push(...countyTrainingCourses(county, countyLabourers, countyHouseholds, world.scale, rng.fork(`${county.code}:training`)));
    }
    return { trainingCourses, employmentRecords, workshops, employmentSubsidies };
  },
};
