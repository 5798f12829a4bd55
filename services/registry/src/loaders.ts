import DataLoader from 'dataloader';
import { uniqueKeyLoader, type SubgraphContext } from '@pas/subgraph-kit';
import { County, Household, Township, Village, type PersonRecord } from './models/index.js';

/** This request's batching loaders: one `$in` query per entity type per tick. */
export const load = {
  county: (ctx: SubgraphContext) => ctx.loaders.get('county', () => uniqueKeyLoader(County, 'code')),
  township: (ctx: SubgraphContext) => ctx.loaders.get('township', () => uniqueKeyLoader(Township, 'code')),
  village: (ctx: SubgraphContext) => ctx.loaders.get('village', () => uniqueKeyLoader(Village, 'code')),
  household: (ctx: SubgraphContext) => ctx.loaders.get('household', () => uniqueKeyLoader(Household, 'id')),
  person: (ctx: SubgraphContext) =>
    ctx.loaders.get('person', () =>
      new DataLoader<string, PersonRecord | null>(async (ids) => {
        const households = await Household.find({ 'members.id': { $in: ids } }).lean();
        const byId = new Map<string, PersonRecord>();
        for (const household of households) {
          for (const member of household.members) byId.set(member.id, { ...member, household });
        }
        return ids.map((id) => byId.get(id) ?? null);
      }),
    ),
};

export function must<T>(value: T | null, what: string): T {
  if (value === null) throw new Error(`${what} is missing from the register`);
  return value;
}
