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

/** The parents of the `health` fields this subgraph adds to them. */
export interface HouseholdHealthParent {
  householdId: string;
}

export interface PersonHealthParent {
  personId: string;
}

export interface VillageHealthParent {
  villageCode: string;
}
