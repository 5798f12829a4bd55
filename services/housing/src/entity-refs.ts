/** Entities the registry owns, as this subgraph receives them: just their keys. */
export interface HouseholdRef {
  id: string;
}

export interface VillageRef {
  code: string;
}

/** The parent of a household's or village's housing fields. */
export interface HouseholdHousingParent {
  householdId: string;
}

export interface VillageHousingParent {
  villageCode: string;
}
