import type { Resolvers } from '../generated/resolvers-types.js';
import { HouseholdConnection } from '../households-page.js';
import { Cadre, Household, Person } from './household.js';
import { Mutation } from './mutation.js';
import { Query } from './query.js';
import { County, Village } from './region.js';

export const resolvers: Resolvers = { Query, Mutation, County, Village, Household, HouseholdConnection, Person, Cadre };
