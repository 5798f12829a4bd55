import { assertSignedIn, countyScope, forbidden } from '@pas/subgraph-kit';
import type { QueryResolvers } from '../generated/resolvers-types.js';
import { householdQuery, householdsPage } from '../households-page.js';
import { County, Village } from '../models/index.js';
import { load } from '../loaders.js';

export const Query: QueryResolvers = {
  counties: () => County.find().sort({ code: 1 }).lean().exec(),
  county: (_, { code }, ctx) => load.county(ctx).load(code),
  villages: (_, { countyCode }) => Village.find({ countyCode }).sort({ code: 1 }).lean().exec(),
  village: (_, { code }, ctx) => load.village(ctx).load(code),
  households: (_, { filter, first, after }, ctx) => {
    assertSignedIn(ctx.caller);
    return householdsPage(householdQuery(filter, countyScope(ctx.caller)), first, after);
  },
  household: async (_, { id }, ctx) => {
    assertSignedIn(ctx.caller);
    const household = await load.household(ctx).load(id);
    const scope = countyScope(ctx.caller);
    if (household && scope && household.countyCode !== scope) throw forbidden('This household is outside your county');
    return household;
  },
  person: async (_, { id }, ctx) => {
    assertSignedIn(ctx.caller);
    const person = await load.person(ctx).load(id);
    const scope = countyScope(ctx.caller);
    if (person && scope && person.household.countyCode !== scope) throw forbidden('This person is outside your county');
    return person;
  },
};
