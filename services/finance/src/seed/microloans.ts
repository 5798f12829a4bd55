import { apportion, type Rng, type SeedHousehold, type SeedWorld } from '@pas/seed-kit';
import { RUYANG } from '@pas/seed-kit/figures';
import { MAX_MICROLOAN_FEN, type MicroloanDoc, type MicroloanExposureDoc } from '../models/index.js';
import { YUAN } from './money.js';

const BANKS = ['中国农业银行', '中国邮政储蓄银行', '农村商业银行', '中原银行'];
const LOAN_UNIT = 1_000 * YUAN;
/** Status is as of the end of the campaign's data. */
const AS_OF = Date.UTC(2020, 5, 30);
// 001: 累计享受小额信贷3912户 out of 13759 registered households.
const SHARE_WITH_LOAN = RUYANG.microcredit!.households / RUYANG.registeredHouseholds!;

function sample<T>(rng: Rng, items: readonly T[], count: number): T[] {
  const pool = [...items];
  const size = Math.max(0, Math.min(count, pool.length));
  for (let i = 0; i < size; i++) {
    const j = rng.int(i, pool.length - 1);
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  return pool.slice(0, size);
}

/** Loans go to households that can work (有劳动能力) first, then to the rest. */
function pickBorrowers(rng: Rng, households: readonly SeedHousehold[], count: number): SeedHousehold[] {
  const ableToWork = (h: SeedHousehold) => h.members.some((m) => m.labourCapacity === 'FULL');
  const able = sample(rng, households.filter(ableToWork), count);
  return [...able, ...sample(rng, households.filter((h) => !ableToWork(h)), count - able.length)];
}

const smallest = (values: number[]) => values.indexOf(Math.min(...values));

/**
 * Splits a total into loans granted in whole thousands of yuan, each within the 5万元 limit,
 * adding up exactly: the part of the total under 1,000 yuan goes to the smallest loan.
 */
function loanAmounts(rng: Rng, total: number, count: number): number[] {
  const units = apportion(Math.floor(total / LOAN_UNIT), Array.from({ length: count }, () => 0.6 + rng.next() * 0.75));
  const cap = MAX_MICROLOAN_FEN / LOAN_UNIT;
  for (let i = 0; i < units.length; i++) {
    while (units[i]! > cap) {
      units[i]! -= 1;
      units[smallest(units)]! += 1;
    }
  }
  const amounts = units.map((u) => u * LOAN_UNIT);
  amounts[smallest(amounts)]! += total % LOAN_UNIT;
  return amounts;
}

function loan(rng: Rng, household: SeedHousehold, amount: number): MicroloanDoc {
  const termMonths = rng.pick([36, 36, 36, 36, 36, 24, 24, 12]);
  const startYear = Math.max(2016, Math.min(household.identifiedYear, 2019));
  const grantedOn = new Date(Date.UTC(rng.int(startYear, 2019), rng.int(0, 11), rng.int(1, 28)));
  const due = new Date(grantedOn);
  due.setUTCMonth(due.getUTCMonth() + termMonths);
  const overdue = rng.chance(due.getTime() <= AS_OF ? 0.03 : 0.015);
  return {
    id: `ML-${household.id}-1`,
    householdId: household.id,
    villageCode: household.villageCode,
    countyCode: household.countyCode,
    amount,
    bank: rng.pick(BANKS),
    termMonths,
    grantedOn,
    status: overdue ? 'OVERDUE' : due.getTime() <= AS_OF ? 'REPAID' : 'ACTIVE',
    overdueAmount: overdue ? Math.round((amount * rng.int(10, 100)) / 100 / YUAN) * YUAN : 0,
  };
}

/**
 * 扶贫小额信贷, one loan per household that borrowed. 汝阳's 3,912 households and 1.4亿元 (001)
 * scale with the world and add up exactly; other counties borrow at 汝阳's rate.
 */
export function microloansFor(world: SeedWorld, rng: Rng): MicroloanDoc[] {
  const byCounty = new Map<string, SeedHousehold[]>(world.counties.map((c) => [c.code, []]));
  for (const household of world.households) byCounty.get(household.countyCode)?.push(household);
  const loans: MicroloanDoc[] = [];
  for (const county of world.counties) {
    const households = byCounty.get(county.code) ?? [];
    if (county.code === RUYANG.code) {
      const figures = RUYANG.microcredit!;
      const scaledCount = Math.round(figures.households * world.scale);
      const borrowers = pickBorrowers(rng, households, scaledCount);
      if (borrowers.length === 0) continue;
      // Fewer households in the world than the scaled count keep the documented average loan.
      const total = Math.round((figures.amountFen * world.scale * borrowers.length) / scaledCount);
      const amounts = loanAmounts(rng, total, borrowers.length);
      borrowers.forEach((household, i) => loans.push(loan(rng, household, amounts[i]!)));
    } else {
      const borrowers = pickBorrowers(rng, households, Math.round(households.length * SHARE_WITH_LOAN * (0.8 + rng.next() * 0.4)));
      for (const household of borrowers) loans.push(loan(rng, household, rng.pick([20, 30, 30, 40, 50, 50, 50]) * LOAN_UNIT));
    }
  }
  return loans;
}

/** What each borrowing household still owes, as grantMicroloan keeps it. */
export function exposuresOf(loans: readonly MicroloanDoc[]): MicroloanExposureDoc[] {
  const owed = new Map<string, number>();
  for (const loan of loans) if (loan.status !== 'REPAID') owed.set(loan.householdId, (owed.get(loan.householdId) ?? 0) + loan.amount);
  return [...owed].map(([householdId, outstanding]) => ({ _id: householdId, outstanding }));
}
