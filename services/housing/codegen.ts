import { registryRefMappers, subgraphCodegen } from '@pas/subgraph-kit/codegen';

export default subgraphCodegen({
  ...registryRefMappers,
  HouseholdHousing: '@pas/subgraph-kit#OfHousehold',
  HouseholdExitAssessment: '@pas/subgraph-kit#ExitAssessmentRef',
  CountyExitAssessment: '../domain/exit-criteria.js#CountyAssessmentWithRoster',
  VillageHousing: '@pas/subgraph-kit#OfVillage',
  VillageExitAssessment: '@pas/subgraph-kit#VillageAssessmentRef',
  Relocation: '../models/relocation.js#RelocationDoc',
  ResettlementSite: '../models/resettlement-site.js#ResettlementSiteDoc',
  HouseRenovation: '../models/house-renovation.js#HouseRenovationDoc',
  VillageDrinkingWater: '../models/village-drinking-water.js#VillageDrinkingWaterDoc',
  VillageInfrastructure: '../models/village-infrastructure.js#VillageInfrastructureDoc',
});
