import { accessAuditResolvers } from '@pas/subgraph-kit';
import type { Resolvers } from '../generated/resolvers-types.js';
import { Household, HouseholdEducation } from './household.js';
import { Mutation } from './mutation.js';
import { Person, PersonEducation } from './person.js';
import { Query } from './query.js';
import { School, StudentAid, StudentAidTotal, StudentEnrolment } from './records.js';

export const resolvers: Resolvers = {
  AccessAudit: accessAuditResolvers('education', 'education'),
  Query,
  Mutation,
  Household,
  HouseholdEducation,
  Person,
  PersonEducation,
  School,
  StudentEnrolment,
  StudentAid,
  StudentAidTotal,
};
