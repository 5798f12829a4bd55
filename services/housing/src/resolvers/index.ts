import type { Resolvers } from '../generated/resolvers-types.js';
import { AccessAudit } from './access-audit.js';
import { CountyExitAssessment } from './county-exit-assessment.js';
import { Household } from './household.js';
import { HouseholdExitAssessment } from './household-exit-assessment.js';
import { HouseholdHousing } from './household-housing.js';
import { Mutation } from './mutation.js';
import { Query } from './query.js';
import { HouseRenovation } from './house-renovation.js';
import { Relocation } from './relocation.js';
import { ResettlementSite } from './resettlement-site.js';
import { VillageExitAssessment } from './village-exit-assessment.js';
import { Village } from './village.js';
import { VillageHousing } from './village-housing.js';

export const resolvers: Resolvers = {
  AccessAudit,
  Query,
  Mutation,
  Household,
  HouseholdHousing,
  HouseholdExitAssessment,
  CountyExitAssessment,
  Village,
  VillageHousing,
  VillageExitAssessment,
  Relocation,
  ResettlementSite,
  HouseRenovation,
};
