import { extendCounty } from '@pas/subgraph-kit';
import type { CountyFinanceResolvers, CountyResolvers } from '../generated/resolvers-types.js';
import { byYear, load } from '../loaders.js';

export const County: CountyResolvers = extendCounty('finance');

export const CountyFinance: CountyFinanceResolvers = {
  povertyFunds: async (parent, _, ctx) => byYear(await load.fundsOfCounty(ctx).load(parent.countyCode)),
  riskGuaranteeFund: (parent, _, ctx) => load.guaranteeFundOfCounty(ctx).load(parent.countyCode),
  microcredit: (parent, _, ctx) => load.microcreditOfCounty(ctx).load(parent.countyCode),
};
