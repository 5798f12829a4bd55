import type { StudentAidResolvers } from '../generated/resolvers-types.js';

export const StudentAid: StudentAidResolvers = {
  person: (aid) => ({ id: aid.personId }),
  household: (aid) => ({ id: aid.householdId }),
};
