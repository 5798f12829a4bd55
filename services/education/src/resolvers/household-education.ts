import type { HouseholdEducationResolvers } from '../generated/resolvers-types.js';
import { aidOfYear, enrolmentsInOrder } from '../domain/in-order.js';
import { load } from '../domain/loaders.js';
import { COMPULSORY_STAGES } from '../models/index.js';

export const HouseholdEducation: HouseholdEducationResolvers = {
  enrolments: async (parent, { schoolYear }, ctx) =>
    enrolmentsInOrder(await load.enrolmentsOfHousehold(ctx).load(parent.householdId)).filter((e) => !schoolYear || e.schoolYear === schoolYear),
  compulsoryEducationSecured: async (parent, { schoolYear }, ctx) =>
    !(await load.enrolmentsOfHousehold(ctx).load(parent.householdId)).some(
      (e) => e.schoolYear === schoolYear && e.status === 'DROPPED_OUT' && COMPULSORY_STAGES.includes(e.stage),
    ),
  aid: async (parent, { year }, ctx) => aidOfYear(await load.aidOfHousehold(ctx).load(parent.householdId), year),
  aidTotal: async (parent, { year }, ctx) => aidOfYear(await load.aidOfHousehold(ctx).load(parent.householdId), year).reduce((sum, aid) => sum + aid.amount, 0),
};
