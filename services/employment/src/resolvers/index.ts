import { accessAuditResolvers } from '@pas/subgraph-kit';
import type { Resolvers } from '../generated/resolvers-types.js';
import { Household, HouseholdEmployment } from './household.js';
import { PublicWelfarePost, TransferEmployment, WorkshopJob } from './jobs.js';
import { Mutation } from './mutation.js';
import { Person, PersonEmployment } from './person.js';
import { Query } from './query.js';
import { EmploymentSubsidy } from './subsidy.js';
import { EmploymentSummary } from './summary.js';
import { TrainingCourse, TrainingPlace } from './training.js';
import { Village, VillageEmployment } from './village.js';
import { PovertyWorkshop } from './workshop.js';

export const resolvers: Resolvers = {
  AccessAudit: accessAuditResolvers('employment', 'employment'),
  Query,
  Mutation,
  Household,
  HouseholdEmployment,
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
