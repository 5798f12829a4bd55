import type { Resolvers } from '../generated/resolvers-types.js';
import { AccessAudit } from './access-audit.js';
import { CountyExitAssessment } from './county-exit-assessment.js';
import { EmploymentSubsidy } from './employment-subsidy.js';
import { EmploymentSummary } from './employment-summary.js';
import { Household } from './household.js';
import { HouseholdEmployment } from './household-employment.js';
import { HouseholdExitAssessment } from './household-exit-assessment.js';
import { Mutation } from './mutation.js';
import { Person } from './person.js';
import { PersonEmployment } from './person-employment.js';
import { PovertyWorkshop } from './poverty-workshop.js';
import { PublicWelfarePost } from './public-welfare-post.js';
import { Query } from './query.js';
import { TrainingCourse } from './training-course.js';
import { TrainingPlace } from './training-place.js';
import { TransferEmployment } from './transfer-employment.js';
import { Village } from './village.js';
import { VillageEmployment } from './village-employment.js';
import { WorkshopJob } from './workshop-job.js';

export const resolvers: Resolvers = {
  AccessAudit,
  Query,
  Mutation,
  Household,
  HouseholdEmployment,
  HouseholdExitAssessment,
  CountyExitAssessment,
  Person,
  PersonEmployment,
  Village,
  VillageEmployment,
  TransferEmployment,
  PublicWelfarePost,
  WorkshopJob,
  PovertyWorkshop,
  TrainingCourse,
  TrainingPlace,
  EmploymentSubsidy,
  EmploymentSummary,
};
