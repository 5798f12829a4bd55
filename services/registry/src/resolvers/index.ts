import { accessAuditResolvers } from '@pas/subgraph-kit';
import type { Resolvers } from '../generated/resolvers-types.js';
import { HouseholdConnection } from '../households-page.js';
import { Household, Person } from './household.js';
import { Mutation } from './mutation.js';
import { Query } from './query.js';
import { County, Village } from './region.js';

export const resolvers: Resolvers = {
  AccessAudit: accessAuditResolvers('registry', 'registry'), Query, Mutation, County, Village, Household, HouseholdConnection, Person };
