import { countyYearDigest, digest } from '@pas/subgraph-kit';
import { Household, VerificationVisit, Village, type HouseholdDoc, type VerificationVisitDoc } from '../models/index.js';

/** What a county's assessment reads of each household: no names, IDs or phones. */
export type RegisterEntry = Pick<HouseholdDoc, 'id' | 'villageCode' | 'identifiedYear' | 'statusHistory' | 'memberCount' | 'incomes'> & {
  members: { id: string; birthDate: Date }[];
};

/** Each village's households as the exit assessment judges them (a county's whole register would outgrow one document). */
export const registerDigest = digest<RegisterEntry>({
  name: 'register',
  model: Household,
  fields: ['villageCode', 'identifiedYear', 'statusHistory.status', 'statusHistory.date', 'memberCount', 'incomes', 'members.id', 'members.birthDate'],
  scopesOf: (household) => [String(household.villageCode)],
});

/** What a county's assessment reads of a verification visit. */
export type VisitEntry = Pick<VerificationVisitDoc, 'householdId' | 'year' | 'visitedOn' | 'food' | 'clothing' | 'satisfied' | 'note'>;

/** Each county's verification visits by the year they checked. */
export const visitDigest = countyYearDigest<VisitEntry>({
  name: 'verificationVisits', model: VerificationVisit, parts: 16, yearField: 'year',
  fields: ['householdId', 'year', 'visitedOn', 'food', 'clothing', 'satisfied', 'note'],
});

/** Every household the register holds for the county, in id order, from its villages' digests. */
export async function registerOf(countyCode: string): Promise<RegisterEntry[]> {
  const villages = await Village.find({ countyCode }, { _id: 1 }).sort({ _id: 1 }).lean<{ _id: string }[]>().exec();
  return registerDigest.read(villages.map((village) => village._id));
}

export const DIGESTS = [registerDigest, visitDigest];
