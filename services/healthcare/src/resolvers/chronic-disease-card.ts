import type { ChronicDiseaseCardResolvers } from '../generated/resolvers-types.js';

export const ChronicDiseaseCard: ChronicDiseaseCardResolvers = {
  person: (card) => ({ id: card.personId }),
  household: (card) => ({ id: card.householdId }),
};
