import { groupLoader, type SubgraphContext, uniqueKeyLoader } from '@pas/subgraph-kit';
import { microcreditSummaryLoader } from './microcredit-summary.js';
import { IndustryProject, Microloan, PovertyFund, RiskGuaranteeFund, VillageCollectiveIncome } from '../models/index.js';

/** This request's batching loaders: one query per collection per tick, however many entities. */
export const load = {
  microloansOfHousehold: (ctx: SubgraphContext) =>
    ctx.loaders.get('microloansOfHousehold', () => groupLoader(Microloan, 'householdId')),
  collectiveIncomeOfVillage: (ctx: SubgraphContext) =>
    ctx.loaders.get('collectiveIncomeOfVillage', () => groupLoader(VillageCollectiveIncome, 'villageCode')),
  projectsOfVillage: (ctx: SubgraphContext) =>
    ctx.loaders.get('projectsOfVillage', () => groupLoader(IndustryProject, 'villageCode')),
  fundsOfCounty: (ctx: SubgraphContext) => ctx.loaders.get('fundsOfCounty', () => groupLoader(PovertyFund, 'countyCode')),
  guaranteeFundOfCounty: (ctx: SubgraphContext) =>
    ctx.loaders.get('guaranteeFundOfCounty', () => uniqueKeyLoader(RiskGuaranteeFund, 'countyCode')),
  microcreditOfCounty: (ctx: SubgraphContext) => ctx.loaders.get('microcreditOfCounty', microcreditSummaryLoader),
};

/** Oldest first, for records loaded in no particular order. */
export function byYear<T extends { year: number }>(records: T[]): T[] {
  return [...records].sort((a, b) => a.year - b.year);
}
