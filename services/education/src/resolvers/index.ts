import type { Resolvers } from '../generated/resolvers-types.js';
import { AccessAudit } from './access-audit.js';
import { CountyExitAssessment } from './county-exit-assessment.js';
import { Household } from './household.js';
import { HouseholdEducation } from './household-education.js';
import { HouseholdExitAssessment } from './household-exit-assessment.js';
import { Mutation } from './mutation.js';
import { Person } from './person.js';
import { PersonEducation } from './person-education.js';
import { Query } from './query.js';
import { School } from './school.js';
import { StudentAid } from './student-aid.js';
import { StudentAidTotal } from './student-aid-total.js';
import { StudentEnrolment } from './student-enrolment.js';

export const resolvers: Resolvers = {
  AccessAudit,
  Query,
  Mutation,
  Household,
  HouseholdEducation,
  HouseholdExitAssessment,
  CountyExitAssessment,
  Person,
  PersonEducation,
  School,
  StudentEnrolment,
  StudentAid,
  StudentAidTotal,
};
