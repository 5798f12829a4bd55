import { createOnce, idempotent } from '@pas/subgraph-kit';
import { actor } from '../domain/actor.js';
import { addMember, assignHelper, householdHolding, recordIncome, recordStatusChange, registerHousehold, removeMember, updateMember } from '../domain/households.js';
import { saveVisit, verificationVisit } from '../domain/verification-visits.js';
import { assignVillageTeam } from '../domain/village-team.js';
import type { MutationResolvers } from '../generated/resolvers-types.js';
import { Household, VerificationVisit, type HouseholdDoc } from '../models/index.js';
import { visitDigest } from '../domain/digests.js';

export const Mutation: MutationResolvers = {
  registerHousehold: (_, { input, idempotencyKey }, ctx) => {
    const registeredBy = actor(ctx);
    return idempotent(ctx, {
      operation: 'registerHousehold',
      key: idempotencyKey,
      args: input,
      write: (remember) => registerHousehold(input, registeredBy, remember),
      idOf: (household) => household.id,
      reload: (id) => Household.findById(id).lean<HouseholdDoc>().exec(),
    });
  },
  updateMember: (_, { householdId, personId, version, input }, ctx) => (actor(ctx), updateMember(householdId, personId, version, input)),
  addMember: (_, { householdId, version, input, idempotencyKey }, ctx) => {
    actor(ctx);
    return idempotent(ctx, {
      operation: 'addMember',
      key: idempotencyKey,
      args: { householdId, version, input },
      write: (remember) => addMember(householdId, version, input, remember),
      // The record created is the person: the member just appended to the household saved.
      idOf: (household) => household.members.at(-1)!.id,
      reload: householdHolding,
    });
  },
  removeMember: (_, { householdId, personId, version, reason }, ctx) => (actor(ctx), removeMember(householdId, personId, version, reason)),
  recordIncome: (_, { householdId, version, input }, ctx) => recordIncome(householdId, version, input, actor(ctx)),
  recordVerificationVisit: async (_, { input, idempotencyKey }, ctx) => {
    const visit = await verificationVisit(input, actor(ctx));
    return createOnce(ctx, { operation: 'recordVerificationVisit', key: idempotencyKey, args: input, model: VerificationVisit, record: visit, save: saveVisit, digest: visitDigest });
  },
  recordStatusChange: (_, { householdId, version, input }, ctx) => recordStatusChange(householdId, version, input, actor(ctx), ctx),
  assignHelper: (_, { householdId, version, input }, ctx) => (actor(ctx), assignHelper(householdId, version, input)),
  assignVillageTeam: async (_, { villageCode, input }, ctx) => {
    actor(ctx);
    return assignVillageTeam(villageCode, input);
  },
};
