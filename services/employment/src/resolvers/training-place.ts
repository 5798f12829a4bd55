import type { TrainingPlaceResolvers } from '../generated/resolvers-types.js';

export const TrainingPlace: TrainingPlaceResolvers = {
  person: (place) => ({ id: place.personId }),
  household: (place) => ({ id: place.householdId }),
};
