import type { HouseholdConnectionResolvers } from '../generated/resolvers-types.js';
import { Household } from '../models/index.js';

export const HouseholdConnection: HouseholdConnectionResolvers = {
  totalCount: (page) => Household.countDocuments(page.query).exec(),
};
