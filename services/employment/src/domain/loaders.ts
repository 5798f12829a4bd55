import DataLoader from 'dataloader';
import { countyYearLoader, groupLoader, requestLoaders, uniqueKeyLoader } from '@pas/subgraph-kit';
import { recordsOfCountyYear } from './digests.js';
import {
  EmploymentRecord,
  EmploymentSubsidy,
  isPublicWelfarePost,
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
