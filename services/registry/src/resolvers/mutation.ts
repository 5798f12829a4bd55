import { assertMayWrite, badUserInput, notFound } from '@pas/platform';
import { placeOfPerson, validateCampaignDate, validateVillageCode } from '@pas/register-rules';
import { idempotent, type SubgraphContext } from '@pas/subgraph-kit';
import type { MutationResolvers } from '../generated/resolvers-types.js';
import { Household, Village, type HouseholdDoc } from '../models/index.js';
import { addMember, assignHelper, recordStatusChange, registerHousehold, removeMember, updateMember } from '../register/households.js';
import { validateName, validatePhone } from '../register/validate.js';

function actor(ctx: SubgraphContext): string {
  assertMayWrite(ctx.caller, 'registry');
  return ctx.caller.subject ?? 'unknown';
}

/** The household of a person id (`H…-n`), as it is now, while the person is in it. */
async function householdHolding(personId: string): Promise<HouseholdDoc | null> {
  const place = placeOfPerson(personId);
  if (!place) return null;
  return Household.findOne({ _id: place.householdId, 'members.id': personId }).lean<HouseholdDoc>().exec();
}

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
  recordStatusChange: (_, { householdId, version, input }, ctx) => recordStatusChange(householdId, version, input, actor(ctx)),
  assignHelper: (_, { householdId, version, input }, ctx) => (actor(ctx), assignHelper(householdId, version, input)),
  assignVillageTeam: async (_, { villageCode, input }, ctx) => {
    actor(ctx);
    const since = validateCampaignDate(input.since, 'since');
    const cadre = (c: { name: string; unit: string; phone?: string | null }, field: string) => ({
      name: validateName(c.name, `${field}.name`),
      unit: validateName(c.unit, `${field}.unit`),
      phone: validatePhone(c.phone, `${field}.phone`),
      since,
    });
    if (input.workTeam.length > 10) throw badUserInput('A work team has at most 10 members', { field: 'workTeam' });
    const village = await Village.findOneAndUpdate(
      { _id: validateVillageCode(villageCode) },
      { $set: { firstSecretary: cadre(input.firstSecretary, 'firstSecretary'), workTeam: input.workTeam.map((c, i) => cadre(c, `workTeam[${i}]`)) } },
      { new: true },
    ).lean();
    if (!village) throw notFound(`Village ${villageCode} does not exist`);
    return village;
  },
};
