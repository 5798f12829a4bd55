import { countyYearDigest } from '@pas/subgraph-kit';
import { StudentEnrolment, type StudentEnrolmentDoc } from '../models/index.js';

/** Each county's school year of enrolments, with what the exit assessment and the data comparison judge by. */
export const enrolmentDigest = countyYearDigest<Pick<StudentEnrolmentDoc, 'householdId' | 'personId' | 'schoolYear' | 'status' | 'stage' | 'statusDate' | 'note'>>({
  name: 'studentEnrolments', model: StudentEnrolment, parts: 8, yearField: 'schoolYear',
  fields: ['householdId', 'personId', 'schoolYear', 'status', 'stage', 'statusDate', 'note'],
});

export const DIGESTS = [enrolmentDigest];
