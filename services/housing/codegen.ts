import { subgraphCodegen } from '@pas/subgraph-kit/codegen';

export default subgraphCodegen({
  Household: '../entity-refs.js#HouseholdRef',
  Village: '../entity-refs.js#VillageRef',
  HouseholdHousing: '../entity-refs.js#HouseholdHousingParent',
  VillageHousing: '../entity-refs.js#VillageHousingParent',
  Relocation: '../models/relocation.js#RelocationDoc',
  ResettlementSite: '../models/resettlement-site.js#ResettlementSiteDoc',
  HouseRenovation: '../models/house-renovation.js#HouseRenovationDoc',
  VillageDrinkingWater: '../models/village-drinking-water.js#VillageDrinkingWaterDoc',
  VillageInfrastructure: '../models/village-infrastructure.js#VillageInfrastructureDoc',
});
