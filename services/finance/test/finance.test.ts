import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countingQueries as countQueries, expectRefusedUnwritten, graphql, startTestSubgraph, tokenFor } from '@pas/test-helpers';
import type { RunningSubgraph } from '@pas/subgraph-kit';
import { IndustryProject, Microloan, PovertyFund, RiskGuaranteeFund, VillageCollectiveIncome } from '../src/models/index.js';
import { resolvers } from '../src/resolvers/index.js';

let subgraph: RunningSubgraph;
/** Reads personal records: signed in, any county. */
let reader: string;

const villageCodes = Array.from({ length: 20 }, (_, i) => `410326100${String(201 + i)}`);
const householdIds = villageCodes.map((code) => `H${code}0001`);
const STATUSES = ['ACTIVE', 'REPAID', 'OVERDUE'] as const;

beforeAll(async () => {
  subgraph = await startTestSubgraph({ name: 'finance', resolvers });
  reader = await tokenFor('inspector');
  await PovertyFund.insertMany(
    [2016, 2017, 2018, 2019].flatMap((year) => [
      { countyCode: '410326', year, allocated: 31_000_000_000, disbursed: 31_000_000_000 * (year === 2019 ? 0.9 : 1) },
      { countyCode: '410325', year, allocated: 40_000_000_000, disbursed: 40_000_000_000 },
    ]),
  );
  await RiskGuaranteeFund.create({ countyCode: '410326', bank: '中国农业银行', deposited: 1_500_000_000, leverageMultiple: 5, establishedYear: 2016 });
  await Microloan.insertMany(
    householdIds.slice(0, 12).map((householdId, i) => ({
      id: `ML-${householdId}-1`,
      householdId,
      villageCode: villageCodes[i]!,
      countyCode: '410326',
      amount: 5_000_000,
      bank: '中原银行',
      termMonths: 36,
      grantedOn: new Date(Date.UTC(2017, i % 12, 1)),
      status: STATUSES[i % 3],
      overdueAmount: STATUSES[i % 3] === 'OVERDUE' ? 1_000_000 : 0,
    })),
  );
  await VillageCollectiveIncome.insertMany(
    villageCodes.flatMap((villageCode) => [2019, 2018].map((year) => ({ villageCode, countyCode: '410326', year, amount: year === 2019 ? 6_000_000 : 4_000_000 }))),
  );
  await IndustryProject.create({
    id: `IP-${villageCodes[0]}-PV`,
    name: '东街村光伏电站',
    kind: 'PHOTOVOLTAIC',
    countyCode: '410326',
    villageCode: villageCodes[0],
    investment: 300_000_000,
    capacityKw: 400,
    householdsBenefited: 60,
    startedYear: 2018,
    income: [{ year: 2019, amount: 36_000_000 }, { year: 2018, amount: 18_000_000 }],
  });
});
afterAll(() => subgraph?.stop());

/** Runs an operation as a signed-in reader (or `token`) and lists the collections it read. */
const countingQueries = <T>(query: string, variables: Record<string, unknown>, token?: string) => countQueries<T>(subgraph.url, query, variables, token ?? reader);

const GRANT = /* GraphQL */ `
  mutation Grant($input: GrantMicroloanInput!, $key: String!) {
    grantMicroloan(input: $input, idempotencyKey: $key) { id amount termMonths status overdue household { id } }
  }
`;
const validLoan = { householdId: 'H4103261002990001', villageCode: '410326100299', amount: 3_000_000, bank: '中国邮政储蓄银行', termMonths: 36, grantedOn: '2019-11-20' };

describe('finance subgraph', () => {
  it('answers finance for 20 households through _entities with one query', async () => {
    const { data, errors, calls } = await countingQueries<{ _entities: { id: string; finance: { microloans: { status: string; overdue: boolean }[] } }[] }>(
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Household { id finance { microloans { amount bank status overdue } } } } }`,
      { r: householdIds.map((id) => ({ __typename: 'Household', id })) },
    );
    expect(errors).toBeUndefined();
    expect(calls).toEqual(['microloans']);
    expect(data!._entities.map((e) => e.finance.microloans.length)).toEqual(householdIds.map((_, i) => (i < 12 ? 1 : 0)));
    expect(data!._entities[2]!.finance.microloans[0]).toMatchObject({ status: 'OVERDUE', overdue: true });
  });

  it('answers finance for 20 villages through _entities with one query per collection', async () => {
    const { data, errors, calls } = await countingQueries<{ _entities: { finance: { collectiveIncome: { year: number }[]; industryProjects: { totalIncome: number }[] } }[] }>(
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Village { code finance { collectiveIncome { year amount } industryProjects { name capacityKw totalIncome income { year } } } } } }`,
      { r: villageCodes.map((code) => ({ __typename: 'Village', code })) },
    );
    expect(errors).toBeUndefined();
    expect(calls).toEqual(['industryProjects', 'villageCollectiveIncomes']);
    expect(data!._entities[0]!.finance.collectiveIncome.map((c) => c.year)).toEqual([2018, 2019]);
    expect(data!._entities[0]!.finance.industryProjects).toEqual([
      { name: '东街村光伏电站', capacityKw: 400, totalIncome: 54_000_000, income: [{ year: 2018 }, { year: 2019 }] },
    ]);
  });

  it("sums a county's microcredit figures in one pipeline and computes its fund ratios", async () => {
    const { data, errors, calls } = await countingQueries<{ _entities: { finance: Record<string, unknown> }[] }>(
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on County { finance {
        povertyFunds { year disbursementRate }
        riskGuaranteeFund { loanCeiling }
        microcredit { loans amount outstanding overdueLoans overdueAmount }
      } } } }`,
      { r: ['410326', '410325'].map((code) => ({ __typename: 'County', code })) },
    );
    expect(errors).toBeUndefined();
    expect(calls).toEqual(['microloans', 'povertyFunds', 'riskGuaranteeFunds']);
    const [ruyang, songxian] = data!._entities.map((e) => e.finance);
    expect(ruyang!.microcredit).toEqual({ loans: 12, amount: 60_000_000, outstanding: 40_000_000, overdueLoans: 4, overdueAmount: 4_000_000 });
    expect(ruyang!.riskGuaranteeFund).toEqual({ loanCeiling: 7_500_000_000 });
    expect((ruyang!.povertyFunds as { disbursementRate: number }[]).map((f) => f.disbursementRate)).toEqual([1, 1, 1, 0.9]);
    expect(songxian!.microcredit).toEqual({ loans: 0, amount: 0, outstanding: 0, overdueLoans: 0, overdueAmount: 0 });
    expect(songxian!.riskGuaranteeFund).toBeNull();
  });

  it('keeps a county official to the funds and microloans of their own county', async () => {
    const token = await tokenFor('county_official', { county: '410325' });
    const own = await graphql<{ povertyFunds: unknown[] }>(subgraph.url, `{ povertyFunds(countyCode: "410325") { year allocated } }`, {}, token);
    expect(own.data!.povertyFunds).toHaveLength(4);
    const other = await graphql(subgraph.url, `{ microloans(countyCode: "410326") { id } }`, {}, token);
    expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it.each([{ amount: 5_000_001 }, { amount: 0 }, { amount: 100.5 }, { termMonths: 37 }, { termMonths: 0 }, { householdId: '  ' }])(
    'refuses a microloan with %o (over 5万元, no or part of a fen, outside 1-36 months, no household) and writes nothing',
    async (bad) => {
      const token = await tokenFor('department_staff', { department: 'finance' });
      await expectRefusedUnwritten(Microloan, () => graphql(subgraph.url, GRANT, { input: { ...validLoan, ...bad }, key: randomUUID() }, token), { code: 'BAD_USER_INPUT' });
    },
  );

  it('refuses to grant a microloan for anyone but finance staff', async () => {
    for (const token of [await tokenFor('county_official', { county: '410326' }), await tokenFor('department_staff', { department: 'housing' })]) {
      const { errors } = await graphql(subgraph.url, GRANT, { input: validLoan, key: randomUUID() }, token);
      expect(errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
  });

  it('grants a microloan that then heads its county’s list', async () => {
    const token = await tokenFor('department_staff', { department: 'finance' });
    const granted = await graphql<{ grantMicroloan: { id: string; status: string; overdue: boolean } }>(subgraph.url, GRANT, { input: validLoan, key: randomUUID() }, token);
    expect(granted.errors).toBeUndefined();
    expect(granted.data!.grantMicroloan).toMatchObject({ status: 'ACTIVE', overdue: false, household: { id: validLoan.householdId } });
    const list = await graphql<{ microloans: { id: string }[] }>(subgraph.url, `{ microloans(countyCode: "410326", first: 2) { id } }`, {}, reader);
    expect(list.data!.microloans[0]!.id).toBe(granted.data!.grantMicroloan.id);
  });
});
