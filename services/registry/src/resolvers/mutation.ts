import { assertMayWrite, badUserInput, notFound, type SubgraphContext } from '@pas/subgraph-kit';
import type { MutationResolvers } from '../generated/resolvers-types.js';
import { Village } from '../models/index.js';
import { addMember, assignHelper, recordStatusChange, registerHousehold, removeMember, updateMember } from '../register/households.js';
import { validateName, validatePastDate, validatePhone } from '../register/validate.js';

function actor(ctx: SubgraphContext): string {
  assertMayWrite(ctx.caller, 'registry');
  return ctx.caller.subject ?? 'unknown';
}

export const Mutation: MutationResolvers = {
  registerHousehold: (_, { input }, ctx) => registerHousehold(input, actor(ctx)),
  updateMember: (_, { householdId, personId, version, input }, ctx) => (actor(ctx), updateMember(householdId, personId, version, input)),
  addMember: (_, { householdId, version, input }, ctx) => (actor(ctx), addMember(householdId, version, input)),
  removeMember: (_, { householdId, personId, version, reason }, ctx) => (actor(ctx), removeMember(householdId, personId, version, reason)),
  recordStatusChange: (_, { householdId, version, input }, ctx) => recordStatusChange(householdId, version, input, actor(ctx)),
  assignHelper: (_, { householdId, version, input }, ctx) => (actor(ctx), assignHelper(householdId, version, input)),
  assignVillageTeam: async (_, { villageCode, input }, ctx) => {
    actor(ctx);
    const since = validatePastDate(input.since, 'since');
    const cadre = (c: { name: string; unit: string; phone?: string | null }, field: string) => ({
      name: validateName(c.name, `${field}.name`),
      unit: validateName(c.unit, `${field}.unit`),
      phone: validatePhone(c.phone, `${field}.phone`),
      since,
    });
    if (input.workTeam.length > 10) throw badUserInput('A work team has at most 10 members', { field: 'workTeam' });
    const village = await Village.findOneAndUpdate(
      { _id: villageCode },
      { $set: { firstSecretary: cadre(input.firstSecretary, 'firstSecretary'), workTeam: input.workTeam.map((c, i) => cadre(c, `workTeam[${i}]`)) } },
      { new: true },
    ).lean();
    if (!village) throw notFound(`Village ${villageCode} does not exist`);
    return village;
  },
};
