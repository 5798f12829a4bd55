import { describe, expect, it } from 'vitest';
import { allCriteria, incomeCriterion, lineFor, overallVerdict, visitCriterion } from '../src/domain/exit-assessment.js';
import type { HouseholdDoc, PovertyLineDoc, VerificationVisitDoc } from '../src/models/index.js';

const national = { year: 2019, provinceCode: null, amount: 321_800, source: '国家' } as PovertyLineDoc;
const provincial = { year: 2019, provinceCode: '41', amount: 350_000, source: '河南' } as PovertyLineDoc;
const household = (members: number, income?: { agriculture: number; transfers: number; other: number }) =>
  ({
    id: 'H4103261002010001',
    countyCode: '410326',
    members: Array.from({ length: members }, (_, i) => ({ id: `H4103261002010001-${i + 1}` })),
    incomes: income ? [{ year: 2019, ...income, recordedOn: new Date(), recordedBy: 'test' }] : [],
  }) as unknown as HouseholdDoc;

describe('income above the line (收入稳定超过扶贫标准)', () => {
  it('takes the province’s line where it set one, else the national line', () => {
    expect(lineFor([national, provincial], '410326', 2019)).toBe(provincial);
    expect(lineFor([national, provincial], '420101', 2019)).toBe(national);
    expect(lineFor([national], '410326', 2020)).toBeNull();
  });

  it('adds declared income and wages and divides them among the members', () => {
    // (600,000 + 100,000 + 0 + 300,000) / 3 = 333,333 fen a head, above 321,800.
    const met = incomeCriterion(household(3, { agriculture: 600_000, transfers: 100_000, other: 0 }), 2019, 300_000, national);
    expect(met).toMatchObject({ verdict: 'MET', source: 'registry' });
    expect(met.evidence).toContainEqual({ label: '人均纯收入', value: '3333.33元' });
    expect(incomeCriterion(household(3, { agriculture: 600_000, transfers: 100_000, other: 0 }), 2019, 200_000, national).verdict).toBe('NOT_MET');
  });

  it('is not met at exactly the line: the income must be above it', () => {
    expect(incomeCriterion(household(1, { agriculture: 321_800, transfers: 0, other: 0 }), 2019, 0, national).verdict).toBe('NOT_MET');
  });

  it('is unknown without a declaration, without the wages or without a line, and says which', () => {
    expect(incomeCriterion(household(2), 2019, 0, national)).toMatchObject({ verdict: 'UNKNOWN', evidence: [{ label: '缺少', value: '当年收入核算' }] });
    expect(incomeCriterion(household(2, { agriculture: 1, transfers: 0, other: 0 }), 2019, null, null).evidence.map((e) => e.value)).toEqual(['就业收入（就业部门未提供）', '当年扶贫标准']);
  });
});

describe('food and clothing (不愁吃、不愁穿)', () => {
  const visit = (visitedOn: string, food: boolean) => ({ year: 2019, visitedOn: new Date(visitedOn), food, clothing: true, note: null }) as VerificationVisitDoc;

  it('follows the latest visit of the year', () => {
    expect(visitCriterion('FOOD', [visit('2019-12-01', true), visit('2019-10-01', false)], 2019).verdict).toBe('MET');
    expect(visitCriterion('FOOD', [visit('2019-10-01', true), visit('2019-12-01', false)], 2019).verdict).toBe('NOT_MET');
    expect(visitCriterion('CLOTHING', [visit('2019-10-01', false)], 2020).verdict).toBe('UNKNOWN');
  });
});

describe('the household verdict', () => {
  it('is UNKNOWN for a criterion no subgraph judged, NOT_MET when one fails, MET only when all are met', () => {
    const met = visitCriterion('FOOD', [{ year: 2019, visitedOn: new Date('2019-12-01'), food: true, clothing: true, note: null } as VerificationVisitDoc], 2019);
    const criteria = allCriteria({ FOOD: met, CLOTHING: { ...met, key: 'CLOTHING' } });
    expect(criteria.map((c) => c.key)).toEqual(['INCOME', 'FOOD', 'CLOTHING', 'COMPULSORY_EDUCATION', 'MEDICAL_INSURANCE', 'SAFE_HOUSING', 'SAFE_DRINKING_WATER']);
    expect(criteria.find((c) => c.key === 'SAFE_HOUSING')).toMatchObject({ verdict: 'UNKNOWN', source: 'housing' });
    expect(overallVerdict(criteria)).toBe('UNKNOWN');
    expect(overallVerdict(allCriteria(Object.fromEntries(criteria.map((c) => [c.key, { ...c, verdict: 'MET' as const }]))))).toBe('MET');
    expect(overallVerdict(allCriteria({ FOOD: { ...met, verdict: 'NOT_MET' } }))).toBe('NOT_MET');
  });
});
