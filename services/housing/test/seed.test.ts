import { describe, expect, it } from 'vitest';
import { HouseRenovation, Relocation, ResettlementSite, VillageDrinkingWater, VillageInfrastructure } from '../src/models/index.js';
import { seedModule } from '../src/seed/index.js';
import { plantedOmissions } from '@pas/seed-kit';
import { buildRegionWorld, itSeedsEveryCollection } from '@pas/test-helpers';

const world = buildRegionWorld({ counties: ['410326', '410325', '411322'], villages: 3, households: 60, scale: 0.05 });
describe('housing seed module', () => {
  const docs = itSeedsEveryCollection(seedModule, world, [ResettlementSite, Relocation, HouseRenovation, VillageDrinkingWater, VillageInfrastructure]);

  it('plants the omissions, one unrenovated grade-D house outside the register per 2,000 households of a county, none in 汝阳', () => {
    const omissions = plantedOmissions(world);
    // 60 households over three counties: one omission in each county but 汝阳.
    expect(omissions.map((o) => o.countyCode).sort()).toEqual(['410325', '411322']);
    const registered = new Set(world.households.map((h) => h.id));
    for (const omission of omissions) {
      expect(registered.has(omission.id)).toBe(false);
      expect(docs.houseRenovations).toContainEqual(expect.objectContaining({ householdId: omission.id, villageCode: omission.villageCode, grade: 'D', completedYear: null }));
    }
  });

  it('names only households and villages of the world (the omissions outside the register), and sites of the relocated household’s county', () => {
    const households = new Map([...world.households, ...plantedOmissions(world)].map((h) => [h.id, h]));
    const villages = new Set(world.villages.map((v) => v.code));
    const sites = new Map((docs.resettlementSites as { id: string; countyCode: string }[]).map((s) => [s.id, s]));
    for (const relocation of docs.relocations as { householdId: string; fromVillageCode: string; countyCode: string; siteId: string }[]) {
      const household = households.get(relocation.householdId)!;
      expect(household.villageCode).toBe(relocation.fromVillageCode);
      expect(sites.get(relocation.siteId)!.countyCode).toBe(household.countyCode);
    }
    for (const renovation of docs.houseRenovations as { householdId: string; villageCode: string }[]) {
      expect(households.get(renovation.householdId)!.villageCode).toBe(renovation.villageCode);
    }
    const relocated = new Set((docs.relocations as { householdId: string }[]).map((r) => r.householdId));
    expect((docs.houseRenovations as { householdId: string }[]).some((r) => relocated.has(r.householdId))).toBe(false);
    for (const village of [...docs.villageDrinkingWater!, ...docs.villageInfrastructure!] as { villageCode: string }[]) {
      expect(villages.has(village.villageCode)).toBe(true);
    }
  });

  it('gives an exited household a finished renovation and a home it has moved into', () => {
    const exited = new Set(world.households.filter((h) => h.exitYear !== null).map((h) => h.id));
    for (const renovation of docs.houseRenovations as { householdId: string; completedYear: number | null }[]) {
      if (exited.has(renovation.householdId)) expect(renovation.completedYear).not.toBeNull();
    }
    for (const relocation of docs.relocations as { householdId: string; movedIn: boolean }[]) {
      if (exited.has(relocation.householdId)) expect(relocation.movedIn).toBe(true);
    }
  });

  it("relocates Luoyang's 2.06万 people of 2016 at the world's scale", () => {
    const relocations = docs.relocations as { countyCode: string; year: number; people: number }[];
    const luoyang2016 = relocations.filter((r) => r.year === 2016 && r.countyCode.startsWith('4103'));
    const people = luoyang2016.reduce((sum, r) => sum + r.people, 0);
    const target = Math.round(20_600 * world.scale);
    expect(people).toBeGreaterThanOrEqual(target);
    expect(people - target).toBeLessThan(Math.max(...luoyang2016.map((r) => r.people)));
  });

  it("builds Nanyang's 65 resettlement sites at the world's scale", () => {
    const nanyangSites = (docs.resettlementSites as { countyCode: string }[]).filter((s) => s.countyCode === '411322');
    expect(nanyangSites).toHaveLength(Math.round(65 * world.scale));
  });
});
