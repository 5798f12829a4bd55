/** Entities the registry owns, as this subgraph receives them: just their keys. */
export interface HouseholdRef {
  id: string;
}

export interface PersonRef {
  id: string;
}

export interface VillageRef {
  code: string;
}

export interface CountyRef {
  code: string;
}

/** The parents of the `employment` fields this subgraph adds to them. */
export interface HouseholdEmploymentParent {
  householdId: string;
}

export interface PersonEmploymentParent {
  personId: string;
}

export interface VillageEmploymentParent {
  villageCode: string;
}
