import { describe, expect, it } from 'vitest';
import { POVERTY_LINES } from '@pas/seed-kit/figures';
import { buildFamilyWorld, itSeedsEveryCollection } from '@pas/test-helpers';
import { Counter, County, ExitThreshold, Household, PovertyLine, ResidentIdClaim, Township, VerificationVisit, Village, type HouseholdDoc, type PovertyLineDoc, type VerificationVisitDoc } from '../src/models/index.js';
import { seedModule } from '../src/seed/index.js';

const world = buildFamilyWorld({ counties: ['410326', '410325'], villages: 2, households: 30, scale: 0.01 });

describe('registry seed module', () => {
  const docs = itSeedsEveryCollection(seedModule, world, [County, Township, Village, Household, ResidentIdClaim, Counter, PovertyLine, VerificationVisit, ExitThreshold]);
  const households = docs.households as HouseholdDoc[];
  const lines = docs.povertyLines as PovertyLineDoc[];

  it('stores the poverty lines of the figures file in fen, with their sources', () => {
    expect(lines.map((line) => [line.year, line.amount])).toEqual(POVERTY_LINES.map((line) => [line.year, line.yuanPerYear * 100]));
    expect(lines.every((line) => line.source.length > 0)).toBe(true);
  });

  it('declares incomes above the line per head from the exit year on, and below it before', () => {
    for (const household of households) {
      const exitYear = world.households.find((h) => h.id === household.id)!.exitYear;
      for (const income of household.incomes!) {
        const perHead = (income.agriculture + income.transfers + income.other) / household.members.length;
        const line = lines.find((l) => l.year === income.year)!.amount;
        expect(perHead > line, `${household.id} ${income.year}`).toBe(exitYear !== null && income.year >= exitYear);
      }
    }
  });

  it('visits every exited household in its exit year, and no other', () => {
    const visits = docs.verificationVisits as VerificationVisitDoc[];
    const exited = world.households.filter((h) => h.exitYear !== null);
    expect(visits.map((v) => [v.householdId, v.year])).toEqual(exited.map((h) => [h.id, h.exitYear]));
    expect(visits.every((v) => v.food && v.clothing)).toBe(true);
  });
});
