/**
 * The registry's part of the seed, shared by every domain's seed module: the same county,
 * village, household and person ids everywhere.
 */
export interface SeedCounty {
  code: string;
  name: string;
  city: string;
  nationalPovertyCounty: boolean;
  provincialPovertyCounty: boolean;
  deepPoverty: boolean;
  contiguousArea: string | null;
  ruralPopulation: number;
  exitYear: number | null;
}

export interface SeedTownship {
  code: string;
  name: string;
  countyCode: string;
}

export interface SeedVillage {
  code: string;
  name: string;
  townshipCode: string;
  countyCode: string;
  povertyVillage: boolean;
  deepPoverty: boolean;
  ruralPopulation: number;
  exitYear: number | null;
}

export type HealthStatus = 'HEALTHY' | 'CHRONIC_ILLNESS' | 'SERIOUS_ILLNESS' | 'DISABLED';
export type LabourCapacity = 'FULL' | 'WEAK' | 'NONE' | 'NOT_APPLICABLE';

export interface SeedPerson {
  id: string;
  householdId: string;
  name: string;
  gender: 'MALE' | 'FEMALE';
  birthDate: Date;
  residentId: string;
  phone: string | null;
  relation: 'HEAD' | 'SPOUSE' | 'CHILD' | 'PARENT' | 'GRANDCHILD' | 'SIBLING' | 'OTHER';
  labourCapacity: LabourCapacity;
  healthStatus: HealthStatus;
}

export interface SeedHousehold {
  id: string;
  villageCode: string;
  townshipCode: string;
  countyCode: string;
  headName: string;
  attribute: 'GENERAL' | 'LOW_INCOME_GUARANTEE' | 'DESTITUTE';
  primaryCause: string;
  causes: string[];
  identifiedYear: number;
  /** Year of exit (脱贫), or null while still poor. */
  exitYear: number | null;
  members: SeedPerson[];
}

export interface SeedWorld {
  /** Fraction of full scale this world was generated at (1 = the documents' totals). */
  scale: number;
  counties: SeedCounty[];
  townships: SeedTownship[];
  villages: SeedVillage[];
  households: SeedHousehold[];
}

/** Age in whole years on a date. */
export function ageOn(birthDate: Date, on: Date): number {
  let age = on.getUTCFullYear() - birthDate.getUTCFullYear();
  const beforeBirthday =
    on.getUTCMonth() < birthDate.getUTCMonth() || (on.getUTCMonth() === birthDate.getUTCMonth() && on.getUTCDate() < birthDate.getUTCDate());
  if (beforeBirthday) age -= 1;
  return age;
}
