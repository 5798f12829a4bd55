/** Entities the registry owns, as this subgraph receives them: just their keys. */
export interface HouseholdRef {
  id: string;
}

export interface PersonRef {
  id: string;
}

export interface CountyRef {
  code: string;
}

/** The parents of the `education` fields this subgraph adds to them. */
export interface HouseholdEducationParent {
  householdId: string;
}

export interface PersonEducationParent {
  personId: string;
}
