import { byYear, load } from '../domain/loaders.js';
import type { CountyFinanceResolvers } from '../generated/resolvers-types.js';

export const CountyFinance: CountyFinanceResolvers = {
  povertyFunds: async (parent, _, ctx) => byYear(await load.fundsOfCounty(ctx).load(parent.countyCode)),
  riskGuaranteeFund: (parent, _, ctx) => load.guaranteeFundOfCounty(ctx).load(parent.countyCode),
  microcredit: (parent, _, ctx) => load.microcreditOfCounty(ctx).load(parent.countyCode),
};
