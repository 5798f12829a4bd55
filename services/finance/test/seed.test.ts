import { describe, expect, it } from 'vitest';
import type { IndustryProjectDoc, MicroloanDoc, MicroloanExposureDoc, PovertyFundDoc, RiskGuaranteeFundDoc, VillageCollectiveIncomeDoc } from '../src/models/index.js';
import { IndustryProject, Microloan, MicroloanExposure, PovertyFund, RiskGuaranteeFund, VillageCollectiveIncome } from '../src/models/index.js';
import { seedModule } from '../src/seed/index.js';
import { buildRegionWorld, itSeedsEveryCollection } from '@pas/test-helpers';

const world = buildRegionWorld({ counties: ['410326', '410325', '410327', '410328'], villages: 3, households: 100, scale: 0.1 });
const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

describe('finance seed module', () => {
  const docs = itSeedsEveryCollection(seedModule, world, [PovertyFund, Microloan, MicroloanExposure, RiskGuaranteeFund, IndustryProject, VillageCollectiveIncome]);
  const loans = docs.microloans as MicroloanDoc[];
  const projects = docs.industryProjects as IndustryProjectDoc[];

  it('lends only to households of the world, in their own village and county', () => {
    const households = new Map(world.households.map((h) => [h.id, h]));
    for (const loan of loans) {
      const household = households.get(loan.householdId)!;
      expect([loan.villageCode, loan.countyCode]).toEqual([household.villageCode, household.countyCode]);
    }
    expect(new Set(loans.map((l) => l.id)).size).toBe(loans.length);
  });

  it('names only villages and counties of the world', () => {
    const villages = new Map(world.villages.map((v) => [v.code, v.countyCode]));
    const counties = new Set(world.counties.map((c) => c.code));
    for (const project of projects) {
      expect(counties.has(project.countyCode)).toBe(true);
      if (project.villageCode) expect(villages.get(project.villageCode)).toBe(project.countyCode);
    }
    for (const income of docs.villageCollectiveIncomes as VillageCollectiveIncomeDoc[]) expect(villages.get(income.villageCode)).toBe(income.countyCode);
    for (const fund of [...docs.povertyFunds!, ...docs.riskGuaranteeFunds!] as { countyCode: string }[]) expect(counties.has(fund.countyCode)).toBe(true);
  });

  it("keeps 汝阳's documented funds whatever the scale: 3.1, 6.2, 7.2 and 8.1亿元", () => {
    const ruyang = (docs.povertyFunds as PovertyFundDoc[]).filter((f) => f.countyCode === '410326');
    expect(ruyang.map((f) => [f.year, f.allocated])).toEqual([
      [2016, 31_000_000_000],
      [2017, 62_000_000_000],
      [2018, 72_000_000_000],
      [2019, 81_000_000_000],
    ]);
    for (const fund of ruyang) expect(fund.disbursed).toBeLessThanOrEqual(fund.allocated);
  });

  it("scales 汝阳's 3,912 microcredit households and their 1.4亿元 exactly, each loan within 5万元", () => {
    const ruyang = loans.filter((l) => l.countyCode === '410326');
    expect(ruyang).toHaveLength(Math.round(3_912 * world.scale));
    expect(new Set(ruyang.map((l) => l.householdId)).size).toBe(ruyang.length);
    expect(sum(ruyang.map((l) => l.amount))).toBe(Math.round(14_000_000_000 * world.scale));
    for (const loan of ruyang) expect(loan.amount).toBeGreaterThan(0);
    for (const loan of ruyang) expect(loan.amount).toBeLessThanOrEqual(5_000_000);
  });

  it('starts each borrowing household’s exposure at what it still owes, within 5万元', () => {
    const exposures = docs.microloanExposures as MicroloanExposureDoc[];
    const owing = loans.filter((l) => l.status !== 'REPAID');
    expect(exposures.map((e) => e._id).sort()).toEqual([...new Set(owing.map((l) => l.householdId))].sort());
    for (const exposure of exposures) {
      expect(exposure.outstanding).toBe(sum(owing.filter((l) => l.householdId === exposure._id).map((l) => l.amount)));
      expect(exposure.outstanding).toBeLessThanOrEqual(5_000_000);
    }
  });

  it("scales 汝阳's 45.2 MW of village PV and its 4,098万元 of income exactly", () => {
    const pv = projects.filter((p) => p.countyCode === '410326' && p.kind === 'PHOTOVOLTAIC');
    expect(sum(pv.map((p) => p.capacityKw!))).toBe(Math.round(45_200 * world.scale));
    expect(sum(pv.flatMap((p) => p.income.map((i) => i.amount)))).toBe(Math.round(4_098_000_000 * world.scale));
  });

  it("keeps 宜阳's documented guarantee fund: 1500万元 lent five times over", () => {
    const yiyang = (docs.riskGuaranteeFunds as RiskGuaranteeFundDoc[]).find((f) => f.countyCode === '410327');
    expect(yiyang).toMatchObject({ deposited: 1_500_000_000, leverageMultiple: 5 });
  });
});
