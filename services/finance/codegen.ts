import { registryRefMappers, subgraphCodegen } from '@pas/subgraph-kit/codegen';

export default subgraphCodegen({
  ...registryRefMappers,
  HouseholdFinance: '@pas/subgraph-kit#OfHousehold',
  VillageFinance: '@pas/subgraph-kit#OfVillage',
  VillageExitAssessment: '@pas/subgraph-kit#VillageAssessmentRef',
  CountyFinance: '@pas/subgraph-kit#OfCounty',
  PovertyFund: '../models/poverty-fund.js#PovertyFundDoc',
  Microloan: '../models/microloan.js#MicroloanDoc',
  RiskGuaranteeFund: '../models/risk-guarantee-fund.js#RiskGuaranteeFundDoc',
  IndustryProject: '../models/industry-project.js#IndustryProjectDoc',
  ProjectIncome: '../models/industry-project.js#ProjectIncomeDoc',
  VillageCollectiveIncome: '../models/village-collective-income.js#VillageCollectiveIncomeDoc',
});
