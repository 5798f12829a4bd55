import type { SeedHousehold, SeedModule } from '@pas/seed-kit';
import { EXIT_THRESHOLDS } from '@pas/seed-kit/figures';
import { cadre } from './cadres.js';
import { declaredIncomes, povertyLines, verificationVisits } from './incomes.js';
import { rebuildDigests } from '@pas/subgraph-kit';
import { DIGESTS } from '../domain/digests.js';

function statusHistory(household: SeedHousehold) {
  const history = [
    { status: 'IDENTIFIED', date: new Date(Date.UTC(household.identifiedYear, 2, 1)), reason: '建档立卡 识别', actor: 'seed' },
    { status: 'BEING_HELPED', date: new Date(Date.UTC(household.identifiedYear, 3, 1)), reason: '结对帮扶', actor: 'seed' },
  ];
  if (household.exitYear) {
    history.push(
      { status: 'EXITED', date: new Date(Date.UTC(household.exitYear, 11, 1)), reason: '两不愁三保障 达标 验收', actor: 'seed' },
      { status: 'MONITORED', date: new Date(Date.UTC(household.exitYear, 11, 15)), reason: '防返贫监测', actor: 'seed' },
    );
  }
  return history;
}

/** The registry's own documents: the world as the register stores it. */
export const seedModule: SeedModule = {
  service: 'registry',
  rebuild: (db) => rebuildDigests(db, DIGESTS),
  generate(world, rng) {
    // Their own streams, so the rest of the register stays as it was seeded before incomes were kept.
    const incomeRng = rng.fork('incomes');
    return {
      // Each keyed by its natural key (DESIGN.md, engine): a code or a household id is the `_id`.
      counties: world.counties.map((county) => ({ _id: county.code, ...county })),
      townships: world.townships.map((township) => ({ _id: township.code, ...township })),
      // Poverty villages have a first secretary (驻村第一书记) and a work team (驻村工作队) since 2015.
      villages: world.villages.map((village) => {
        const since = new Date(Date.UTC(2015, rng.int(6, 11), 1));
        return village.povertyVillage
          ? { _id: village.code, ...village, firstSecretary: cadre(rng, since), workTeam: [cadre(rng, since), cadre(rng, since)] }
          : { _id: village.code, ...village, firstSecretary: null, workTeam: [] };
      }),
      households: world.households.map((household) => {
        const history = statusHistory(household);
        return {
          _id: household.id,
          id: household.id,
          villageCode: household.villageCode,
          townshipCode: household.townshipCode,
          countyCode: household.countyCode,
          headName: household.headName,
          attribute: household.attribute,
          primaryCause: household.primaryCause,
          causes: household.causes,
          identifiedYear: household.identifiedYear,
          status: history.at(-1)!.status,
          statusHistory: history,
          members: household.members.map(({ householdId: _, ...member }) => member),
          memberCount: household.members.length,
          helper: cadre(rng, new Date(Date.UTC(household.identifiedYear, 3, 1))),
          incomes: declaredIncomes(household, incomeRng),
          version: 1,
        };
      }),
      residentIds: world.households.flatMap((household) =>
        household.members.map((member) => ({ _id: member.residentId, personId: member.id, householdId: household.id })),
      ),
      counters: countersByVillage(world.households),
      povertyLines: povertyLines(),
      exitThresholds: EXIT_THRESHOLDS.map((threshold) => ({ ...threshold })),
      verificationVisits: verificationVisits(world.households, rng.fork('visits')),
    };
  },
};

/** Household sequences per village, so new registrations continue after the seeded ones. */
function countersByVillage(households: SeedHousehold[]) {
  const counters = new Map<string, number>();
  for (const household of households) {
    const sequence = Number(household.id.slice(-4));
    counters.set(household.villageCode, Math.max(counters.get(household.villageCode) ?? 0, sequence));
  }
  return [...counters].map(([villageCode, value]) => ({ _id: villageCode, value }));
}
