/*
 * The registry owns households, persons, villages and counties. Another subgraph receives them
 * by key only, and hangs its own fields under one field per entity (`Household.health`), whose
 * parent carries the key under the name the subgraph's records use.
 */

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

/** The parent of a subgraph's fields under a household (`Household.health`, `Household.finance`...). */
export interface OfHousehold {
  householdId: string;
}

export interface OfPerson {
  personId: string;
}

export interface OfVillage {
  villageCode: string;
}

export interface OfCounty {
  countyCode: string;
}

type Extension<Ref, Field extends string, Parent> = { __resolveReference: (ref: Ref) => Ref } & Record<Field, (entity: Ref) => Parent>;

/** Resolvers of a registry entity a subgraph extends: the reference is the key itself, and `field` leads to the subgraph's own fields. */
function extension<Ref, Parent>(parentOf: (entity: Ref) => Parent) {
  return <Field extends string>(field: Field): Extension<Ref, Field, Parent> =>
    ({ __resolveReference: (ref: Ref) => ref, [field]: parentOf }) as Extension<Ref, Field, Parent>;
}

/** `Household: extendHousehold('health')` gives `Household.health` → `{ householdId }`. */
export const extendHousehold = extension((household: HouseholdRef): OfHousehold => ({ householdId: household.id }));
export const extendPerson = extension((person: PersonRef): OfPerson => ({ personId: person.id }));
export const extendVillage = extension((village: VillageRef): OfVillage => ({ villageCode: village.code }));
export const extendCounty = extension((county: CountyRef): OfCounty => ({ countyCode: county.code }));
