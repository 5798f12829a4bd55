import { countyYearDigest } from '@pas/subgraph-kit';
import { StudentEnrolment, type StudentEnrolmentDoc } from '../models/index.js';

/** Each county's school year of enrolments, with what the exit assessment and the data comparison judge by. */
export const enrolmentDigest = countyYearDigest<Pick<StudentEnrolmentDoc, 'householdId' | 'personId' | 'schoolYear' | 'status' | 'stage' | 'statusDate' | 'note'>>({
  name: 'studentEnrolments',
  parts: 8,
  model: StudentEnrolment,
  fields: ['householdId', 'personId', 'schoolYear', 'status', 'stage', 'statusDate', 'note'],
  yearField: 'schoolYear',
});

export const DIGESTS = [enrolmentDigest];
