import { countyScope } from '@pas/platform';
import type { QueryResolvers } from '../generated/resolvers-types.js';
import { householdQuery, householdsPage } from '../domain/households-page.js';
import { County, Village } from '../models/index.js';
import { load } from '../domain/loaders.js';

export const Query: QueryResolvers = {
  accessAudit: (_, { countyCode, since }) => ({ countyCode, since: since.toISOString() }),
  counties: () => County.find().sort({ code: 1 }).lean().exec(),
  county: (_, { code }, ctx) => load.county(ctx).load(code),
  villages: (_, { countyCode }) => Village.find({ countyCode }).sort({ code: 1 }).lean().exec(),
  village: (_, { code }, ctx) => load.village(ctx).load(code),
  // A county official's listing is narrowed to the county; the records themselves are guarded by the kit.
  households: (_, { filter, first, after }, ctx) => householdsPage(householdQuery(filter, countyScope(ctx.caller)), first, after),
  household: (_, { id }, ctx) => load.household(ctx).load(id),
  person: (_, { id }, ctx) => load.person(ctx).load(id),
  povertyLines: (_, __, ctx) => load.povertyLines(ctx).load('all'),
};
