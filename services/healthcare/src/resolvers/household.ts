import { extendHousehold } from '@pas/subgraph-kit';
import type { HouseholdResolvers } from '../generated/resolvers-types.js';

export const Household: HouseholdResolvers = extendHousehold('health');
