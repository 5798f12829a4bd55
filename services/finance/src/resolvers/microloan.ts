import type { MicroloanResolvers } from '../generated/resolvers-types.js';

export const Microloan: MicroloanResolvers = {
  household: (loan) => ({ id: loan.householdId }),
  village: (loan) => ({ code: loan.villageCode }),
  overdue: (loan) => loan.status === 'OVERDUE',
};
