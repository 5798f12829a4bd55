import type { Resolvers } from '../generated/resolvers-types.js';
import { AccessAudit } from './access-audit.js';
import { County } from './county.js';
import { CountyFinance } from './county-finance.js';
import { Household } from './household.js';
import { HouseholdFinance } from './household-finance.js';
import { IndustryProject } from './industry-project.js';
import { Microloan } from './microloan.js';
import { Mutation } from './mutation.js';
import { PovertyFund } from './poverty-fund.js';
import { Query } from './query.js';
import { RiskGuaranteeFund } from './risk-guarantee-fund.js';
import { Village } from './village.js';
import { VillageExitAssessment } from './village-exit-assessment.js';
import { VillageFinance } from './village-finance.js';

export const resolvers: Resolvers = {
  AccessAudit,
  Query,
  Mutation,
  Household,
  HouseholdFinance,
  Village,
  VillageFinance,
  VillageExitAssessment,
  County,
  CountyFinance,
  PovertyFund,
  Microloan,
  RiskGuaranteeFund,
  IndustryProject,
};
