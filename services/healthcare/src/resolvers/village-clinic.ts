import type { VillageClinicResolvers } from '../generated/resolvers-types.js';

export const VillageClinic: VillageClinicResolvers = {
  village: (clinic) => ({ code: clinic.villageCode }),
};
