import type { PovertyFundResolvers } from '../generated/resolvers-types.js';

export const PovertyFund: PovertyFundResolvers = {
  disbursementRate: (fund) => (fund.allocated > 0 ? fund.disbursed / fund.allocated : 0),
};
