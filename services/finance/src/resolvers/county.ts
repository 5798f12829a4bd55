import type { CountyFinanceResolvers, CountyResolvers } from '../generated/resolvers-types.js';
import { byYear, load } from '../loaders.js';

export const County: CountyResolvers = {
  // The registry owns counties; this subgraph only adds fields keyed by the code.
  __resolveReference: (ref) => ref,
  finance: (county) => ({ countyCode: county.code }),
};

export const CountyFinance: CountyFinanceResolvers = {
  povertyFunds: async (parent, _, ctx) => byYear(await load.fundsOfCounty(ctx).load(parent.countyCode)),
  riskGuaranteeFund: (parent, _, ctx) => load.guaranteeFundOfCounty(ctx).load(parent.countyCode),
  microcredit: (parent, _, ctx) => load.microcreditOfCounty(ctx).load(parent.countyCode),
};
