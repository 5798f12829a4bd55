import type { PublicWelfarePostResolvers } from '../generated/resolvers-types.js';

export const PublicWelfarePost: PublicWelfarePostResolvers = {
  person: (post) => ({ id: post.personId }),
  household: (post) => ({ id: post.householdId }),
  village: (post) => ({ code: post.villageCode }),
  monthlyPay: (post) => post.monthlyIncome,
};
