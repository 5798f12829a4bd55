import type { HouseholdEducationResolvers } from '../generated/resolvers-types.js';
import { compulsoryEducationSecured } from '../domain/compulsory-education.js';
import { aidOfYear, enrolmentsInOrder } from '../domain/in-order.js';
import { load } from '../domain/loaders.js';

export const HouseholdEducation: HouseholdEducationResolvers = {
  enrolments: async (parent, { schoolYear }, ctx) =>
    enrolmentsInOrder(await load.enrolmentsOfHousehold(ctx).load(parent.householdId)).filter((e) => !schoolYear || e.schoolYear === schoolYear),
  compulsoryEducationSecured: async (parent, { schoolYear }, ctx) =>
    compulsoryEducationSecured(parent.members, await load.enrolmentsOfHousehold(ctx).load(parent.householdId), schoolYear),
  aid: async (parent, { year }, ctx) => aidOfYear(await load.aidOfHousehold(ctx).load(parent.householdId), year),
  aidTotal: async (parent, { year }, ctx) => aidOfYear(await load.aidOfHousehold(ctx).load(parent.householdId), year).reduce((sum, aid) => sum + aid.amount, 0),
};
