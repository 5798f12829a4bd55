import DataLoader from 'dataloader';
import { countyYearLoader, countyYearScope, groupLoader, requestLoaders, uniqueKeyLoader } from '@pas/subgraph-kit';
import { School, StudentAid, StudentEnrolment } from '../models/index.js';
import { enrolmentDigest } from './digests.js';

interface SchoolYearKey {
  schoolId: string;
  schoolYear: number;
}

/** Poor students attending each school in a school year, counted by the engine in one pipeline per batch. */
function poorStudentsLoader() {
  return new DataLoader<SchoolYearKey, number, string>(
    async (keys) => {
      const rows = await StudentEnrolment.aggregate<{ _id: SchoolYearKey; students: number }>([
        {
          $match: {
            schoolId: { $in: [...new Set(keys.map((k) => k.schoolId))] },
            schoolYear: { $in: [...new Set(keys.map((k) => k.schoolYear))] },
            status: { $in: ['ENROLLED', 'RETURNED'] },
          },
        },
        { $group: { _id: { schoolId: '$schoolId', schoolYear: '$schoolYear' }, students: { $sum: 1 } } },
      ]);
      const counts = new Map(rows.map((row) => [`${row._id.schoolId}/${row._id.schoolYear}`, row.students]));
      return keys.map((key) => counts.get(`${key.schoolId}/${key.schoolYear}`) ?? 0);
    },
    { cacheKeyFn: (key) => `${key.schoolId}/${key.schoolYear}` },
  );
}

/** This request's batching loaders: one query per collection per tick, however many entities. */
export const load = requestLoaders({
  enrolmentsOfHousehold: () => groupLoader(StudentEnrolment, 'householdId'),
  enrolmentsOfPerson: () => groupLoader(StudentEnrolment, 'personId'),
  aidOfHousehold: () => groupLoader(StudentAid, 'householdId'),
  aidOfPerson: () => groupLoader(StudentAid, 'personId'),
  school: () => uniqueKeyLoader(School, 'id'),
  poorStudents: poorStudentsLoader,
  // A county's school year from its digest, with only the fields the judgement needs.
  enrolmentsOfCountyYear: () => countyYearLoader(({ countyCode, year }) => enrolmentDigest.read([countyYearScope(countyCode, year)])),
});
