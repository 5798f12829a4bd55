import { extendVillage } from '@pas/subgraph-kit';
import type { VillageClinicResolvers, VillageHealthResolvers, VillageResolvers } from '../generated/resolvers-types.js';
import { load } from '../loaders.js';

export const Village: VillageResolvers = extendVillage('health');

export const VillageHealth: VillageHealthResolvers = {
  clinic: (parent, _, ctx) => load.clinic(ctx).load(parent.villageCode),
};

export const VillageClinic: VillageClinicResolvers = {
  village: (clinic) => ({ code: clinic.villageCode }),
};
