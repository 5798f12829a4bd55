import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import mongoose from 'mongoose';
import { rebuildDigests } from '@pas/subgraph-kit';
import { errorCode, expectDigestsInStep, expectOneRecordPerKey, expectRefusedUnwritten, graphql, tokenFor, useTestSubgraph } from '@pas/test-helpers';
import { DIGESTS, recordsOfCountyYear } from '../src/domain/digests.js';
import { EmploymentRecord } from '../src/models/index.js';
import { resolvers } from '../src/resolvers/index.js';
import { householdIds, insertEmployment } from './fixtures.js';

const subgraph = useTestSubgraph({ name: 'employment', resolvers }, insertEmployment);

const HOUSEHOLD_EMPLOYMENT = /* GraphQL */ `
  query($r: [_Any!]!) {
    _entities(representations: $r) {
      ... on Household {
        id
        employment {
          transfers { destinationScope monthlyIncome endDate }
          publicWelfarePosts { postType monthlyPay village { code } }
          workshopJobs { workshop { name } }
          trainings { certified course { name mode } }
          subsidies { kind amount }
          employedMembers
          monthlyWageIncome
          subsidyTotal
        }
      }
    }
  }
`;
interface HouseholdEmployment {
  id: string;
  employment: {
    transfers: { destinationScope: string; monthlyIncome: number; endDate: string | null }[];
    publicWelfarePosts: { postType: string; monthlyPay: number }[];
    workshopJobs: { workshop: { name: string } }[];
    trainings: { certified: boolean; course: { name: string; mode: string } }[];
    subsidies: { kind: string; amount: number }[];
    employedMembers: number;
    monthlyWageIncome: number;
    subsidyTotal: number;
  };
}

const TRANSFER = /* GraphQL */ `
  mutation($input: TransferEmploymentInput!, $key: String!) {
    recordTransferEmployment(input: $input, idempotencyKey: $key) { id destination monthlyIncome startDate endDate person { id } household { id } }
  }
`;
const transfer = (overrides: Record<string, unknown> = {}) => ({
  personId: 'H4103261002020001-1',
  destinationScope: 'OUT_OF_PROVINCE',
  destination: '广东省东莞市',
  employer: '东莞市电子厂',
  startDate: '2019-03-01',
  monthlyIncome: 420_000,
  ...overrides,
});

describe('employment subgraph', () => {
  it('keeps the county’s digests in step with every job written, as a rebuild from the records would', async () => {
    await rebuildDigests(mongoose.connection.db!, DIGESTS);
    // In 嵩县, outside the county the other tests add up.
    const input = transfer({ personId: 'H4103251002010001-1', startDate: '2018-05-01' });
    expect((await graphql(subgraph.url, TRANSFER, { input, key: randomUUID() }, subgraph.staff)).errors).toBeUndefined();
    // Held since 2018, so a job of 2019 too.
    expect((await recordsOfCountyYear({ countyCode: '410325', year: 2019 })).jobs.find((job) => job.personId === input.personId)).toMatchObject({ monthlyIncome: 420_000 });
    await expectDigestsInStep(DIGESTS);
  });

  it('answers employment for 20 households through _entities with one query per collection', async () => {
    const { data, errors, calls } = await subgraph.countingQueries<{ _entities: HouseholdEmployment[] }>(HOUSEHOLD_EMPLOYMENT, {
      r: householdIds.map((id) => ({ __typename: 'Household', id })),
    });
    expect(errors).toBeUndefined();
    expect(data!._entities.map((e) => e.id)).toEqual(householdIds);
    expect(calls).toEqual(['employmentRecords', 'employmentSubsidies', 'trainingCourses', 'workshops']);

    const [first, second, last] = [data!._entities[0]!.employment, data!._entities[1]!.employment, data!._entities[19]!.employment];
    expect(first).toMatchObject({ employedMembers: 2, monthlyWageIncome: 350_000, subsidyTotal: 30_000, publicWelfarePosts: [{ postType: 'CLEANER', monthlyPay: 50_000 }] });
    expect(first.trainings).toEqual([{ certified: false, course: { name: '2017年家政服务订单式培训班', mode: 'ORDER' } }]);
    expect(second.workshopJobs).toEqual([{ workshop: { name: '东街村服装加工扶贫车间' } }]);
    // The head came home: the transfer stays on record but no longer counts as work.
    expect(last).toMatchObject({ employedMembers: 1, monthlyWageIncome: 220_000, transfers: [{ endDate: '2019-06-30' }] });
  });

  it('adds up a county’s employment figures', async () => {
    const { data, errors } = await graphql<{ employmentSummary: Record<string, number> }>(
      subgraph.url,
      `{ employmentSummary(countyCode: "410326") { employedPersons transfers transfersInCounty transfersInProvince transfersOutOfProvince publicWelfarePosts workshops workshopJobs workshopPoorWorkers trainingCourses trainingPersonTimes certifiedTrainees averageMonthlyIncome subsidiesPaid } }`,
    );
    expect(errors).toBeUndefined();
    // 19 heads still away (7 of them out of the province), 10 posts, 10 workshop jobs.
    const income = 10 * 300_000 + 9 * 400_000 + 10 * 50_000 + 10 * 220_000;
    expect(data!.employmentSummary).toEqual({
      employedPersons: 39,
      transfers: 19,
      transfersInCounty: 0,
      transfersInProvince: 12,
      transfersOutOfProvince: 7,
      publicWelfarePosts: 10,
      workshops: 2,
      workshopJobs: 50,
      workshopPoorWorkers: 10,
      trainingCourses: 1,
      trainingPersonTimes: 10,
      certifiedTrainees: 9,
      averageMonthlyIncome: Math.round(income / 39),
      subsidiesPaid: 600_000,
    });
  });

  it('lists a county’s workshops with the poor labourers working there now', async () => {
    const { data } = await graphql<{ workshops: { id: string; poorWorkers: number; workers: { person: { id: string } }[] }[] }>(
      subgraph.url,
      `{ workshops(countyCode: "410326") { id poorWorkers workers { person { id } } } }`,
      {},
      subgraph.reader,
    );
    expect(data!.workshops.map((w) => [w.id, w.poorWorkers])).toEqual([['WS-410326100201-1', 5], ['WS-410326100201-2', 5]]);
    expect(data!.workshops[0]!.workers).toHaveLength(5);
  });

  it('keeps a county official inside their county', async () => {
    const token = await tokenFor('county_official', { county: '410325' });
    const own = await graphql<{ publicWelfarePosts: { postType: string }[] }>(subgraph.url, `{ publicWelfarePosts(countyCode: "410325") { postType } }`, {}, token);
    expect(own.data!.publicWelfarePosts).toEqual([{ postType: 'FOREST_RANGER' }]);
    for (const query of [`{ workshops(countyCode: "410326") { id } }`, `{ employmentSummary(countyCode: "410326") { transfers } }`]) {
      expect(errorCode(await graphql(subgraph.url, query, {}, token))).toBe('FORBIDDEN');
    }
    const entity = await graphql(subgraph.url, HOUSEHOLD_EMPLOYMENT, { r: [{ __typename: 'Household', id: householdIds[0] }] }, token);
    expect(errorCode(entity)).toBe('FORBIDDEN');
  });

  it('refuses a county code that is not one', async () => {
    expect(errorCode(await graphql(subgraph.url, `{ workshops(countyCode: "汝阳") { id } }`))).toBe('BAD_USER_INPUT');
  });

  it('records a transfer once however often it is recorded, its end date stored as null', async () => {
    const first = await graphql<{ recordTransferEmployment: { id: string; person: { id: string }; household: { id: string } } }>(subgraph.url, TRANSFER, { input: transfer(), key: randomUUID() }, subgraph.staff);
    expect(first.errors).toBeUndefined();
    expect(first.data!.recordTransferEmployment).toMatchObject({ person: { id: 'H4103261002020001-1' }, household: { id: 'H4103261002020001' } });
    const again = await graphql(subgraph.url, TRANSFER, { input: transfer({ monthlyIncome: 450_000 }), key: randomUUID() }, subgraph.staff);
    expect(again.errors).toBeUndefined();
    const stored = await EmploymentRecord.find({ personId: 'H4103261002020001-1' }).lean();
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ monthlyIncome: 450_000, villageCode: '410326100202', countyCode: '410326', endDate: null });
  });

  it.each([
    ['a negative income', transfer({ monthlyIncome: -1 }), 'monthlyIncome'],
    ['an income no wage reaches', transfer({ monthlyIncome: 900_000_000 }), 'monthlyIncome'],
    ['a person id that is not the register’s', transfer({ personId: 'someone' }), 'personId'],
    ['a start date in the future', transfer({ startDate: '2999-01-01' }), 'startDate'],
    ['a start date before the campaign', transfer({ startDate: '2010-05-01' }), 'startDate'],
    ['an empty destination', transfer({ destination: '  ' }), 'destination'],
  ])('refuses a transfer-employment record with %s, and writes nothing', async (_, input, field) => {
    await expectRefusedUnwritten(EmploymentRecord, () => graphql(subgraph.url, TRANSFER, { input, key: randomUUID() }, subgraph.staff), { code: 'BAD_USER_INPUT', field });
  });

  it('answers retries with the same idempotency key with the first post, and refuses the key for another post', async () => {
    const POST = `mutation($input: PublicWelfarePostInput!, $key: String!) { assignPublicWelfarePost(input: $input, idempotencyKey: $key) { id } }`;
    const input = { personId: 'H4103261002090001-2', postType: 'ROAD_KEEPER', monthlyPay: 50_000, startDate: '2019-03-01' };
    await expectOneRecordPerKey(subgraph.url, POST, 'assignPublicWelfarePost', input, { ...input, monthlyPay: 80_000 }, subgraph.staff);
    const stored = await EmploymentRecord.find({ personId: input.personId, kind: 'PUBLIC_WELFARE_POST' }).lean();
    expect(stored.map((r) => r.monthlyIncome)).toEqual([50_000]);
  });

  it('refuses a public-welfare post without pay', async () => {
    const response = await graphql(
      subgraph.url,
      `mutation($input: PublicWelfarePostInput!, $key: String!) { assignPublicWelfarePost(input: $input, idempotencyKey: $key) { id } }`,
      { input: { personId: 'H4103261002010003-2', postType: 'ROAD_KEEPER', monthlyPay: 0, startDate: '2019-01-01' }, key: randomUUID() },
      subgraph.staff,
    );
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
  });

  it('lets only employment staff record jobs', async () => {
    const before = await EmploymentRecord.countDocuments();
    for (const token of [await tokenFor('county_official', { county: '410326' }), await tokenFor('department_staff', { department: 'registry' }), await tokenFor('city_leader')]) {
      expect(errorCode(await graphql(subgraph.url, TRANSFER, { input: transfer({ startDate: '2019-04-01' }), key: randomUUID() }, token))).toBe('FORBIDDEN');
    }
    expect(errorCode(await graphql(subgraph.url, TRANSFER, { input: transfer({ startDate: '2019-04-01' }), key: randomUUID() }))).toBe('UNAUTHENTICATED');
    expect(await EmploymentRecord.countDocuments()).toBe(before);
  });

  it('shows a village’s workshops and the posts held there now', async () => {
    const { data, errors } = await graphql<{ _entities: { employment: { workshops: { id: string }[]; publicWelfarePosts: { person: { id: string } }[] } }[] }>(
      subgraph.url,
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Village { employment { workshops { id } publicWelfarePosts { person { id } } } } } }`,
      { r: [{ __typename: 'Village', code: '410326100201' }] },
      subgraph.reader,
    );
    expect(errors).toBeUndefined();
    expect(data!._entities[0]!.employment.workshops).toHaveLength(2);
    expect(data!._entities[0]!.employment.publicWelfarePosts).toHaveLength(10);
  });
});
