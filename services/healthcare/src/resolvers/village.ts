import type { VillageClinicResolvers, VillageHealthResolvers, VillageResolvers } from '../generated/resolvers-types.js';
import { load } from '../loaders.js';

export const Village: VillageResolvers = {
  // The registry owns villages; this subgraph only adds fields keyed by the code.
  __resolveReference: (ref) => ref,
  health: (village) => ({ villageCode: village.code }),
};

export const VillageHealth: VillageHealthResolvers = {
  clinic: (parent, _, ctx) => load.clinic(ctx).load(parent.villageCode),
};

export const VillageClinic: VillageClinicResolvers = {
  village: (clinic) => ({ code: clinic.villageCode }),
};
