import { groupLoader, requestLoaders, uniqueKeyLoader } from '@pas/subgraph-kit';
import { microcreditSummaryLoader } from './microcredit-summary.js';
import { IndustryProject, Microloan, PovertyFund, RiskGuaranteeFund, VillageCollectiveIncome } from '../models/index.js';

/** This request's batching loaders: one query per collection per tick, however many entities. */
export const load = requestLoaders({
  microloansOfHousehold: () => groupLoader(Microloan, 'householdId'),
  collectiveIncomeOfVillage: () => groupLoader(VillageCollectiveIncome, 'villageCode'),
  projectsOfVillage: () => groupLoader(IndustryProject, 'villageCode'),
  fundsOfCounty: () => groupLoader(PovertyFund, 'countyCode'),
  guaranteeFundOfCounty: () => uniqueKeyLoader(RiskGuaranteeFund, 'countyCode'),
  microcreditOfCounty: microcreditSummaryLoader,
});

/** Oldest first, for records loaded in no particular order. */
export function byYear<T extends { year: number }>(records: T[]): T[] {
  return [...records].sort((a, b) => a.year - b.year);
}
