import { accessAuditResolvers } from '@pas/subgraph-kit';
import type { Resolvers } from '../generated/resolvers-types.js';
import { County } from './county.js';
import { HouseholdConnection } from './household-connection.js';
import { Household } from './household.js';
import { Mutation } from './mutation.js';
import { Person } from './person.js';
import { Query } from './query.js';
import { Village } from './village.js';

export const resolvers: Resolvers = {
  AccessAudit: accessAuditResolvers('registry', 'registry'), Query, Mutation, County, Village, Household, HouseholdConnection, Person };
