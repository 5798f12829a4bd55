import DataLoader from 'dataloader';
import { placeOfPerson } from '@pas/register-rules';
import { groupLoader, requestLoaders, uniqueKeyLoader } from '@pas/subgraph-kit';
import { County, ExitThreshold, Household, PovertyLine, Township, VerificationVisit, Village, type ExitThresholdDoc, type PersonRecord, type PovertyLineDoc } from '../models/index.js';

/** This request's batching loaders: one `_id` `$in` query per entity type per tick. */
export const load = requestLoaders({
  county: () => uniqueKeyLoader(County, '_id'),
  township: () => uniqueKeyLoader(Township, '_id'),
  village: () => uniqueKeyLoader(Village, '_id'),
  household: () => uniqueKeyLoader(Household, '_id'),
  visitsOfHousehold: () => groupLoader(VerificationVisit, 'householdId'),
  // A handful of thresholds and lines in all: each read whole, once per request.
  exitThresholds: () => new DataLoader<'all', ExitThresholdDoc[]>(async (keys) => {
    const thresholds = await ExitThreshold.find().lean<ExitThresholdDoc[]>();
    return keys.map(() => thresholds);
  }),
  povertyLines: () => new DataLoader<'all', PovertyLineDoc[]>(async (keys) => {
    const lines = await PovertyLine.find().sort({ year: 1, provinceCode: 1 }).lean<PovertyLineDoc[]>();
    return keys.map(() => lines);
  }),
  // A person id names its household, so persons load by their households' `_id`.
  person: () =>
    new DataLoader<string, PersonRecord | null>(async (ids) => {
      const householdIds = [...new Set(ids.flatMap((id) => placeOfPerson(id)?.householdId ?? []))];
      const households = await Household.find({ _id: { $in: householdIds } }).lean();
      const byId = new Map<string, PersonRecord>();
      for (const household of households) {
        for (const member of household.members) byId.set(member.id, { ...member, household });
      }
      return ids.map((id) => byId.get(id) ?? null);
    }),
});
