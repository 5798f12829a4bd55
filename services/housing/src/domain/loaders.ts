import DataLoader from 'dataloader';
import { groupLoader, requestLoaders, uniqueKeyLoader } from '@pas/subgraph-kit';
import { HouseRenovation, Relocation, ResettlementSite, VillageDrinkingWater, VillageInfrastructure, type HouseRenovationDoc, type RelocationDoc } from '../models/index.js';

/** Moved-in households per site, counted by the engine in one pipeline per batch. */
function householdsMovedLoader(): DataLoader<string, number> {
  return new DataLoader<string, number>(async (siteIds) => {
    const counts = await Relocation.aggregate<{ _id: string; households: number }>([
      { $match: { siteId: { $in: siteIds }, movedIn: true } },
      { $group: { _id: '$siteId', households: { $sum: 1 } } },
    ]);
    const bySite = new Map(counts.map((count) => [count._id, count.households]));
    return siteIds.map((id) => bySite.get(id) ?? 0);
  });
}

/** This request's batching loaders: one query per collection per tick, however many entities. */
export const load = requestLoaders({
  relocationOfHousehold: () => uniqueKeyLoader(Relocation, 'householdId'),
  relocationsFromVillage: () => groupLoader(Relocation, 'fromVillageCode'),
  renovationOfHousehold: () => uniqueKeyLoader(HouseRenovation, 'householdId'),
  site: () => uniqueKeyLoader(ResettlementSite, 'id'),
  householdsMoved: householdsMovedLoader,
  drinkingWater: () => uniqueKeyLoader(VillageDrinkingWater, 'villageCode'),
  infrastructure: () => uniqueKeyLoader(VillageInfrastructure, 'villageCode'),
  // A county's cases are read whole once, for its criteria and its comparison signals alike.
  casesOfCounty: () =>
    new DataLoader<string, { relocations: RelocationDoc[]; renovations: HouseRenovationDoc[] }>((codes) =>
      Promise.all(
        codes.map(async (countyCode) => {
          const [relocations, renovations] = await Promise.all([Relocation.find({ countyCode }).lean<RelocationDoc[]>(), HouseRenovation.find({ countyCode }).lean<HouseRenovationDoc[]>()]);
          return { relocations, renovations };
        }),
      ),
    ),
});
