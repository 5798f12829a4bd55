import { describe, expect, it } from 'vitest';
import { plantedOmissions, Rng, type SeedDocuments } from '@pas/seed-kit';
import { NANYANG, RUYANG } from '@pas/seed-kit/figures';
import { SUBGRAPHS } from '@pas/platform';
import { SEED_MODULES } from '../src/modules.js';
import { fullScaleHouseholds, generateWorld } from '../src/world.js';

const SEED = 11;
function generateAll(households: number): { world: ReturnType<typeof generateWorld>; docs: Record<string, SeedDocuments> } {
  const world = generateWorld({ households, seed: SEED });
  const docs = Object.fromEntries(SEED_MODULES.map((m) => [m.service, m.generate(world, new Rng(SEED).fork(m.service))]));
  return { world, docs };
}

type Doc = Record<string, unknown>;
const small = generateAll(1_500);

describe('every subgraph’s seed', () => {
  it('exists for each subgraph of subgraphs.json, in its order', () => {
    expect(SEED_MODULES.map((m) => m.service)).toEqual(SUBGRAPHS.map((s) => s.name));
  });

  it('is the same for the same seed', () => {
    expect(JSON.stringify(generateAll(300).docs)).toBe(JSON.stringify(generateAll(300).docs));
  });

  it('references only households, persons, villages and counties of the register, and the omissions planted outside it', () => {
    const ids = {
      householdId: new Set([...small.world.households, ...plantedOmissions(small.world)].map((h) => h.id)),
      personId: new Set(small.world.households.flatMap((h) => h.members.map((m) => m.id))),
      villageCode: new Set(small.world.villages.map((v) => v.code)),
      countyCode: new Set(small.world.counties.map((c) => c.code)),
    };
    for (const [service, collections] of Object.entries(small.docs)) {
      if (service === 'registry' || service === 'command') continue;
      for (const [collection, docs] of Object.entries(collections)) {
        for (const field of Object.keys(ids) as (keyof typeof ids)[]) {
          const dangling = (docs as Doc[]).filter((d) => typeof d[field] === 'string' && !ids[field].has(d[field] as string));
          expect(dangling.slice(0, 3), `${service}.${collection}.${field}`).toEqual([]);
        }
      }
    }
  });

  it('enrols children in schools that exist, in their own county, or at a university anywhere', () => {
    const education = small.docs.education!;
    const schools = new Map((education.schools as Doc[]).map((s) => [s.id, s]));
    const enrolments = education.studentEnrolments as Doc[];
    expect(enrolments.length).toBeGreaterThan(0);
    for (const enrolment of enrolments) {
      const school = schools.get(enrolment.schoolId);
      expect(school, String(enrolment.schoolId)).toBeDefined();
      if (school!.stage !== 'HIGHER') expect(school!.countyCode).toBe(enrolment.countyCode);
    }
  });

  it('pays claims only for persons insured that year', () => {
    const health = small.docs.healthcare!;
    const insured = new Set((health.insuranceEnrolments as Doc[]).map((e) => `${e.personId}:${e.year}`));
    const claims = health.medicalClaims as Doc[];
    expect(claims.length).toBeGreaterThan(0);
    for (const claim of claims) expect(insured.has(`${claim.personId}:${(claim.treatedOn as Date).getUTCFullYear()}`)).toBe(true);
  });
});

const full = generateAll(fullScaleHouseholds());

describe('at full scale, the documents’ totals for 汝阳', () => {
  const { docs } = full;
  const inRuyang = (list: unknown[]) => (list as Doc[]).filter((d) => d.countyCode === RUYANG.code);

  it('3,912 microcredit households borrowing 1.4 亿', () => {
    const loans = inRuyang(docs.finance!.microloans!);
    expect(new Set(loans.map((l) => l.householdId)).size).toBe(3_912);
    expect(loans.reduce((sum, l) => sum + (l.amount as number), 0)).toBe(14_000_000_000);
  });

  it('poverty funds of 3.1, 6.2, 7.2 and 8.1 亿 for 2016-2019', () => {
    const funds = inRuyang(docs.finance!.povertyFunds!).sort((a, b) => (a.year as number) - (b.year as number));
    const byYear = (year: number) => funds.filter((f) => f.year === year).reduce((sum, f) => sum + (f.allocated as number), 0);
    expect([2016, 2017, 2018, 2019].map(byYear)).toEqual([31, 62, 72, 81].map((yi) => yi * 1_000_000_000));
  });

  it('45.2 MW of village photovoltaic stations', () => {
    const pv = inRuyang(docs.finance!.industryProjects!).filter((p) => p.kind === 'PHOTOVOLTAIC');
    expect(pv.reduce((sum, p) => sum + (p.capacityKw as number), 0)).toBe(45_200);
  });

  it('2,687 public-welfare post holders', () => {
    const posts = inRuyang(docs.employment!.employmentRecords!).filter((r) => r.kind === 'PUBLIC_WELFARE_POST');
    expect(posts).toHaveLength(2_687);
  });
});

describe('at full scale, Nanyang’s programmes of 2017', () => {
  const { docs } = full;
  const inNanyang = (list: unknown[]) => (list as Doc[]).filter((d) => (d.countyCode as string).startsWith('4113'));

  it('65 resettlement sites', () => {
    expect(inNanyang(docs.housing!.resettlementSites!)).toHaveLength(NANYANG.resettlementSites);
  });

  it('safe drinking water for 186 poverty villages for 2.85 亿', () => {
    const programme = inNanyang(docs.housing!.villageDrinkingWater!).filter((w) => w.securedYear === 2017 && w.investment !== null);
    expect(programme).toHaveLength(NANYANG.drinkingWater2017.villages);
    expect(programme.reduce((sum, w) => sum + (w.investment as number), 0)).toBe(NANYANG.drinkingWater2017.investmentFen);
  });
});
