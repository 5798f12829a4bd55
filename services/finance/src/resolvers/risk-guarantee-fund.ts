import type { RiskGuaranteeFundResolvers } from '../generated/resolvers-types.js';

export const RiskGuaranteeFund: RiskGuaranteeFundResolvers = {
  loanCeiling: (fund) => fund.deposited * fund.leverageMultiple,
};
