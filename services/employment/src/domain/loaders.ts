import DataLoader from 'dataloader';
import { countyYearLoader, groupLoader, requestLoaders, uniqueKeyLoader } from '@pas/subgraph-kit';
import {
  EmploymentRecord,
  EmploymentSubsidy,
  isPublicWelfarePost,
  type EmploymentSubsidyDoc,
  TrainingCourse,
  Workshop,
  type EmploymentRecordFields,
  type PublicWelfarePostRecord,
  type TrainingPlaceRecord,
} from '../models/index.js';

/** Places on courses of many households or persons with one query on the embedded rosters. */
function trainingPlacesLoader(field: 'householdId' | 'personId') {
  return new DataLoader<string, TrainingPlaceRecord[]>(
    async (keys) => {
      const courses = await TrainingCourse.find({ [`trainees.${field}`]: { $in: keys } }).sort({ startDate: 1, id: 1 }).lean();
      const groups = new Map<string, TrainingPlaceRecord[]>(keys.map((key) => [key, []]));
      for (const course of courses) {
        for (const trainee of course.trainees) groups.get(trainee[field])?.push({ ...trainee, course });
      }
      return keys.map((key) => groups.get(key)!);
    },
    { maxBatchSize: 5_000 },
  );
}

/** Public-welfare posts held now in each village, one query per batch. */
function currentPostsLoader() {
  return new DataLoader<string, PublicWelfarePostRecord[]>(async (villageCodes) => {
    const posts = await EmploymentRecord.find({ villageCode: { $in: villageCodes }, kind: 'PUBLIC_WELFARE_POST', endDate: null })
      .sort({ personId: 1 })
      .lean<EmploymentRecordFields[]>();
    const groups = new Map<string, PublicWelfarePostRecord[]>(villageCodes.map((code) => [code, []]));
    for (const post of posts.filter(isPublicWelfarePost)) groups.get(post.villageCode)?.push(post);
    return villageCodes.map((code) => groups.get(code)!);
  });
}

// Only the fields wages and signals need: a county's year is read whole.
const JOB_FIELDS = { householdId: 1, personId: 1, kind: 1, startDate: 1, endDate: 1, monthlyIncome: 1, postType: 1 };

/** The county's jobs held at some time in the year, and its subsidies paid for the year. */
async function recordsOfCountyYear({ countyCode, year }: { countyCode: string; year: number }) {
  const [jobs, subsidies] = await Promise.all([
    EmploymentRecord.find({ countyCode, startDate: { $lte: new Date(Date.UTC(year, 11, 31)) }, $or: [{ endDate: null }, { endDate: { $gte: new Date(Date.UTC(year, 0, 1)) } }] }, JOB_FIELDS).lean<EmploymentRecordFields[]>(),
    EmploymentSubsidy.find({ countyCode, year }, { householdId: 1, personId: 1, year: 1, amount: 1 }).lean<EmploymentSubsidyDoc[]>(),
  ]);
  return { jobs, subsidies };
}

/** This request's batching loaders: one query per collection per tick, however many entities. */
export const load = requestLoaders({
  jobsOfHousehold: () => groupLoader(EmploymentRecord, 'householdId'),
  jobsOfPerson: () => groupLoader(EmploymentRecord, 'personId'),
  subsidiesOfHousehold: () => groupLoader(EmploymentSubsidy, 'householdId'),
  subsidiesOfPerson: () => groupLoader(EmploymentSubsidy, 'personId'),
  trainingsOfHousehold: () => trainingPlacesLoader('householdId'),
  trainingsOfPerson: () => trainingPlacesLoader('personId'),
  workshop: () => uniqueKeyLoader(Workshop, 'id'),
  workshopsOfVillage: () => groupLoader(Workshop, 'villageCode'),
  currentPostsOfVillage: currentPostsLoader,
  workersOfWorkshop: () => groupLoader(EmploymentRecord, 'workshopId'),
  recordsOfCountyYear: () => countyYearLoader(recordsOfCountyYear),
});
