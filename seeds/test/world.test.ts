import { describe, expect, it } from 'vitest';
import { residentIdProblem } from '@pas/register-rules';
import { LUOYANG_TOTALS, NANYANG, NANYANG_COUNTIES, RUYANG } from '@pas/seed-kit/figures';
import { fullScaleHouseholds, generateWorld } from '../src/world.js';

const full = generateWorld({ households: fullScaleHouseholds(), seed: 1 });
const ruyang = (world = full) => world.households.filter((h) => h.countyCode === RUYANG.code);
const inCity = (world: typeof full, city: string) => {
  const codes = new Set(world.counties.filter((c) => c.city === city).map((c) => c.code));
  return { villages: world.villages.filter((v) => codes.has(v.countyCode)), households: world.households.filter((h) => codes.has(h.countyCode)) };
};
const people = (households: { members: unknown[] }[]) => households.reduce((sum, h) => sum + h.members.length, 0);

describe('the seed world', () => {
  it('is the same for the same seed and different for another', () => {
    const a = generateWorld({ households: 500, seed: 42 });
    const b = generateWorld({ households: 500, seed: 42 });
    const c = generateWorld({ households: 500, seed: 43 });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(JSON.stringify(a)).not.toBe(JSON.stringify(c));
  });

  it('at full scale adds up to 汝阳’s register: 78 poverty villages, 74 exited, 13,759 households, 54,026 people, 2,207 still poor', () => {
    const villages = full.villages.filter((v) => v.countyCode === RUYANG.code && v.povertyVillage);
    expect(villages).toHaveLength(78);
    expect(villages.filter((v) => v.exitYear !== null)).toHaveLength(74);
    expect(ruyang()).toHaveLength(13_759);
    expect(people(ruyang())).toBe(54_026);
    expect(ruyang().filter((h) => h.exitYear === null)).toHaveLength(2_207);
  });

  it('at full scale gives Luoyang its 669 poverty villages, 214 of them exited in 2016, and 31.67万 registered people', () => {
    const luoyang = inCity(full, '洛阳市');
    expect(luoyang.villages.filter((v) => v.povertyVillage)).toHaveLength(LUOYANG_TOTALS.commitment.povertyVillages);
    expect(luoyang.villages.filter((v) => v.exitYear === 2016)).toHaveLength(214);
    expect(people(luoyang.households)).toBe(LUOYANG_TOTALS.commitment.registeredPeople);
  });

  it('at full scale gives Nanyang’s seven poverty counties 217 village exits in 2016 and 197 in 2017', () => {
    expect(full.counties.filter((c) => c.city === '南阳市').map((c) => c.name)).toEqual(NANYANG_COUNTIES.map((c) => c.name));
    const nanyang = inCity(full, '南阳市');
    expect(nanyang.villages.filter((v) => v.exitYear === 2016)).toHaveLength(NANYANG.exitedVillages2016);
    expect(nanyang.villages.filter((v) => v.exitYear === 2017)).toHaveLength(NANYANG.plannedExitVillages2017);
    // Sized from its 2016 exits and its water programme's poor per village (see plan.ts).
    expect(nanyang.villages.filter((v) => v.povertyVillage)).toHaveLength(678);
    expect(people(nanyang.households)).toBe(Math.round((678 * 65_900) / 186));
  });

  it('makes 汝阳’s incidence rate 1.18% from its rural population', () => {
    const county = full.counties.find((c) => c.code === RUYANG.code)!;
    const remainingPeople = people(ruyang().filter((h) => h.exitYear === null));
    expect(remainingPeople).toBe(5_155);
    expect(((remainingPeople / county.ruralPopulation) * 100).toFixed(2)).toBe('1.18');
  });

  it('gives each county its documented share of households poor through illness or disability', () => {
    const share = (code: string) => {
      const households = full.households.filter((h) => h.countyCode === code);
      return (households.filter((h) => h.primaryCause === 'ILLNESS' || h.primaryCause === 'DISABILITY').length / households.length) * 100;
    };
    expect(share('410329')).toBeCloseTo(69.6, 1); // 伊川
    expect(share('410327')).toBeCloseTo(63.2, 1); // 宜阳
    expect(share('410328')).toBeCloseTo(64.5, 1); // 洛宁
    expect(share('410324')).toBeCloseTo(65.7, 1); // 栾川
  });

  it('scales the documented totals down for a small world', () => {
    const small = generateWorld({ households: 2_000, seed: 1 });
    expect(small.households).toHaveLength(2_000);
    const scale = small.scale;
    expect(ruyang(small).length).toBe(Math.round(13_759 * scale));
    expect(small.villages.filter((v) => v.countyCode === RUYANG.code && v.povertyVillage)).toHaveLength(Math.round(78 * scale));
    // Each county rounds its own share: the city's total is off by at most half a village per county.
    const exits2016 = inCity(small, '南阳市').villages.filter((v) => v.exitYear === 2016).length;
    expect(Math.abs(exits2016 - NANYANG.exitedVillages2016 * scale)).toBeLessThanOrEqual(NANYANG_COUNTIES.length / 2);
  });

  it('gives every person a valid, unique resident ID and a plausible household', () => {
    const world = generateWorld({ households: 3_000, seed: 9 });
    const ids = world.households.flatMap((h) => h.members.map((m) => m.residentId));
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.filter((id) => residentIdProblem(id) !== null)).toEqual([]);
    for (const household of world.households) {
      expect(household.members[0]!.relation).toBe('HEAD');
      expect(household.members.length).toBeGreaterThanOrEqual(1);
      expect(household.members.length).toBeLessThanOrEqual(8);
      expect(household.headName).toMatch(/^\p{Script=Han}{2,3}$/u);
    }
    const villageCodes = new Set(world.villages.map((v) => v.code));
    expect(world.households.every((h) => villageCodes.has(h.villageCode))).toBe(true);
  });
});
