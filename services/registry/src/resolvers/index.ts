import type { Resolvers } from '../generated/resolvers-types.js';
import { Household, Person } from './household.js';
import { Query } from './query.js';
import { County, Village } from './region.js';

export const resolvers: Resolvers = { Query, County, Village, Household, Person };
