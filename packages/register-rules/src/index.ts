export { placeOfPerson, placeOfHousehold, countyOfRegisterId, isCampaignCountyCode, isVillageCode, type PersonPlace, type HouseholdPlace } from './register-ids.js';
export { residentIdProblem, residentIdCheckChar } from './resident-id.js';
export { assertCountyVisible } from './county-access.js';
export {
  FIRST_CAMPAIGN_YEAR,
  validateAmount,
  validateCampaignDate,
  validateCampaignYear,
  validateHousehold,
  validateHouseholdInVillage,
  validatePerson,
  validateText,
  validateVillageCode,
} from './validate.js';
