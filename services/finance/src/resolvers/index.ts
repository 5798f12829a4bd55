import { accessAuditResolvers } from '@pas/subgraph-kit';
import type { Resolvers } from '../generated/resolvers-types.js';
import { County, CountyFinance } from './county.js';
import { Household, HouseholdFinance } from './household.js';
import { IndustryProject } from './industry-project.js';
import { Microloan } from './microloan.js';
import { Mutation } from './mutation.js';
import { PovertyFund } from './poverty-fund.js';
import { Query } from './query.js';
import { RiskGuaranteeFund } from './risk-guarantee-fund.js';
import { Village, VillageFinance } from './village.js';

export const resolvers: Resolvers = {
  AccessAudit: accessAuditResolvers('finance', 'finance'),
  Query,
  Mutation,
  Household,
  HouseholdFinance,
  Village,
  VillageFinance,
  County,
  CountyFinance,
  PovertyFund,
  Microloan,
  RiskGuaranteeFund,
  IndustryProject,
};
