/** Entities the registry owns, as this subgraph receives them: just their keys. */
export interface HouseholdRef {
  id: string;
}

export interface VillageRef {
  code: string;
}

export interface CountyRef {
  code: string;
}

/** The parents of the finance fields on those entities. */
export interface HouseholdFinanceParent {
  householdId: string;
}

export interface VillageFinanceParent {
  villageCode: string;
}

export interface CountyFinanceParent {
  countyCode: string;
}
