import { subgraphCodegen } from '@pas/subgraph-kit/codegen';

export default subgraphCodegen({
  Household: '../entity-refs.js#HouseholdRef',
  Village: '../entity-refs.js#VillageRef',
  County: '../entity-refs.js#CountyRef',
  HouseholdFinance: '../entity-refs.js#HouseholdFinanceParent',
  VillageFinance: '../entity-refs.js#VillageFinanceParent',
  CountyFinance: '../entity-refs.js#CountyFinanceParent',
  PovertyFund: '../models/poverty-fund.js#PovertyFundDoc',
  Microloan: '../models/microloan.js#MicroloanDoc',
  RiskGuaranteeFund: '../models/risk-guarantee-fund.js#RiskGuaranteeFundDoc',
  IndustryProject: '../models/industry-project.js#IndustryProjectDoc',
  ProjectIncome: '../models/industry-project.js#ProjectIncomeDoc',
  VillageCollectiveIncome: '../models/village-collective-income.js#VillageCollectiveIncomeDoc',
});
