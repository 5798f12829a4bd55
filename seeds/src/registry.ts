import type { SeedHousehold, SeedModule } from '@pas/seed-kit';

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
export const registrySeed: SeedModule = {
  service: 'registry',
  generate(world) {
    return {
      // Copies: the driver adds _id to what it inserts, and the world is shared by every module.
      counties: world.counties.map((county) => ({ ...county })),
      townships: world.townships.map((township) => ({ ...township })),
      villages: world.villages.map((village) => ({ ...village })),
      households: world.households.map((household) => {
        const history = statusHistory(household);
        return {
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
          version: 1,
        };
      }),
    };
  },
};
