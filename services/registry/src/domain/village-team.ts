import { badUserInput, notFound } from '@pas/platform';
import { validateCampaignDate, validateVillageCode } from '@pas/register-rules';
import type { VillageTeamInput } from '../generated/resolvers-types.js';
import { Village, type VillageDoc } from '../models/index.js';
import { validateName, validatePhone } from './validate.js';

/** Sets a village's first secretary (驻村第一书记) and work team (驻村工作队), all since one date. */
export async function assignVillageTeam(villageCode: string, input: VillageTeamInput): Promise<VillageDoc> {
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
}
