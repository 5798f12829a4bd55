import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import mongoose from 'mongoose';
import { rebuildDigests } from '@pas/subgraph-kit';
import { errorCode, expectDigestsInStep, expectOneRecordPerKey, graphql, tokenFor, useTestSubgraph } from '@pas/test-helpers';
import { DIGESTS, enrolmentDigest } from '../src/domain/digests.js';
import { StudentEnrolment } from '../src/models/index.js';
import { resolvers } from '../src/resolvers/index.js';
import { DROPOUT, householdIds, householdRepresentation, insertEducation } from './fixtures.js';

const subgraph = useTestSubgraph({ name: 'education', resolvers }, insertEducation);

const HOUSEHOLD_EDUCATION = /* GraphQL */ `
  query($r: [_Any!]!) {
    _entities(representations: $r) {
      ... on Household {
        id
        education {
          enrolments { status stage school { name } person { id } }
          compulsoryEducationSecured(schoolYear: 2019)
          aid(year: 2019) { kind amount }
          aidTotal(year: 2019)
        }
      }
    }
  }
`;
interface HouseholdEducation {
  id: string;
  education: {
    enrolments: { status: string; stage: string; school: { name: string }; person: { id: string } }[];
    compulsoryEducationSecured: boolean;
    aid: { kind: string; amount: number }[];
    aidTotal: number;
  };
}

const RECORD = /* GraphQL */ `mutation($input: StudentEnrolmentInput!, $key: String!) { recordEnrolment(input: $input, idempotencyKey: $key) { id status stage note school { name } } }`;
const record = (overrides: Record<string, unknown> = {}) => ({
  personId: `${householdIds[0]}-3`,
  schoolId: 'SC-410326100-P',
  schoolYear: 2019,
  status: 'ENROLLED',
  statusDate: '2019-09-01',
  ...overrides,
});

describe('education subgraph', () => {
  it('keeps the county’s digest in step with every school record written, as a rebuild from the records would', async () => {
    await rebuildDigests(mongoose.connection.db!, DIGESTS);
    const personId = `${householdIds[1]}-3`;
    for (const status of ['ENROLLED', 'DROPPED_OUT']) {
      const input = record({ personId, schoolYear: 2020, status, statusDate: status === 'ENROLLED' ? '2020-09-01' : '2020-11-02', ...(status === 'DROPPED_OUT' ? { note: '外出务工' } : {}) });
      expect((await graphql(subgraph.url, RECORD, { input, key: randomUUID() }, subgraph.staff)).errors).toBeUndefined();
    }
    expect((await enrolmentDigest.read(['410326/2020'])).find((entry) => entry.personId === personId)).toMatchObject({ status: 'DROPPED_OUT' });
    await expectDigestsInStep(DIGESTS);
  });

  it('answers education for 20 households through _entities with one query per collection', async () => {
    const { data, errors, calls } = await subgraph.countingQueries<{ _entities: HouseholdEducation[] }>(HOUSEHOLD_EDUCATION, {
      r: householdIds.map((id) => householdRepresentation(id)),
    });
    expect(errors).toBeUndefined();
    expect(data!._entities.map((e) => e.id)).toEqual(householdIds);
    expect(calls).toEqual(['schools', 'studentAid', 'studentEnrolments']);

    const education = (i: number) => data!._entities[i]!.education;
    const [first, dropout, returned, vocational] = [education(0), education(5), education(6), education(15)];
    expect(first).toEqual({
      enrolments: [{ status: 'ENROLLED', stage: 'PRIMARY', school: { name: '汝阳县城关镇中心小学' }, person: { id: `${householdIds[0]}-3` } }],
      compulsoryEducationSecured: true,
      aid: [{ kind: 'NUTRITION_MEAL', amount: 80_000 }],
      aidTotal: 80_000,
    });
    expect(dropout).toMatchObject({ compulsoryEducationSecured: false, aid: [], aidTotal: 0 });
    expect(returned.compulsoryEducationSecured).toBe(true);
    expect(vocational.aidTotal).toBe(500_000);
  });

  it('does not call compulsory education secured for a child of school age with no enrolment, nor without the members', async () => {
    const other = 'H4103261002019999';
    const { data, errors } = await graphql<{ _entities: HouseholdEducation[] }>(
      subgraph.url,
      HOUSEHOLD_EDUCATION,
      { r: [householdRepresentation(other, 0), { __typename: 'Household', id: householdIds[0] }] },
      subgraph.reader,
    );
    expect(errors).toBeUndefined();
    expect(data!._entities.map((e) => e.education.compulsoryEducationSecured)).toEqual([null, null]);
  });

  it('judges compulsory education as an exit criterion, naming the dropout and why', async () => {
    const query = `query($r: [_Any!]!) { _entities(representations: $r) { ... on HouseholdExitAssessment { compulsoryEducation { key verdict source evidence { label value personId } } } } }`;
    const representation = (id: string, year: number) => ({ ...householdRepresentation(id), __typename: 'HouseholdExitAssessment', householdId: id, year, id: undefined });
    const { data, errors } = await graphql<{ _entities: { compulsoryEducation: { verdict: string; evidence: unknown[] } }[] }>(
      subgraph.url,
      query,
      { r: [representation(householdIds[0]!, 2019), representation(householdIds[5]!, 2019), representation(householdIds[0]!, 2020)] },
      subgraph.reader,
    );
    expect(errors).toBeUndefined();
    expect(data!._entities.map((e) => e.compulsoryEducation)).toEqual([
      { key: 'COMPULSORY_EDUCATION', verdict: 'MET', source: 'education', evidence: [{ label: '在校适龄成员', value: '1/1', personId: null }] },
      { key: 'COMPULSORY_EDUCATION', verdict: 'NOT_MET', source: 'education', evidence: [{ label: '在校适龄成员', value: '0/1', personId: null }, { label: '辍学', value: '外出务工', personId: DROPOUT }] },
      { key: 'COMPULSORY_EDUCATION', verdict: 'UNKNOWN', source: 'education', evidence: [{ label: '在校适龄成员', value: '0/1', personId: null }, { label: '无当学年学籍记录', value: `${householdIds[0]}-3`, personId: `${householdIds[0]}-3` }] },
    ]);
  });

  it('lists a county’s children who dropped out and have not returned', async () => {
    const { data } = await graphql<{ dropouts: { person: { id: string }; note: string; statusDate: string }[] }>(
      subgraph.url,
      `{ dropouts(countyCode: "410326", schoolYear: 2019) { person { id } note statusDate } }`,
      {},
      subgraph.reader,
    );
    expect(data!.dropouts).toEqual([{ person: { id: DROPOUT }, note: '外出务工', statusDate: '2019-11-15' }]);
  });

  it('adds up a county’s student aid by stage and counts each student once', async () => {
    const { data, errors } = await graphql<{ studentAidTotal: unknown }>(
      subgraph.url,
      `{ studentAidTotal(countyCode: "410326", year: 2019) { total students byStage { stage total students } } }`,
    );
    expect(errors).toBeUndefined();
    expect(data!.studentAidTotal).toEqual({
      total: 14 * 80_000 + 5 * 500_000,
      students: 19,
      byStage: [
        { stage: 'PRIMARY', total: 14 * 80_000, students: 14 },
        { stage: 'VOCATIONAL', total: 5 * 500_000, students: 5 },
      ],
    });
  });

  it('lists a county’s schools by stage with the poor children attending', async () => {
    const { data } = await graphql<{ schools: { name: string; stage: string; poorStudents: number }[] }>(
      subgraph.url,
      `{ schools(countyCode: "410326") { name stage poorStudents(schoolYear: 2019) } }`,
    );
    expect(data!.schools).toEqual([
      { name: '汝阳县城关镇中心幼儿园', stage: 'PRESCHOOL', poorStudents: 0 },
      { name: '汝阳县城关镇中心小学', stage: 'PRIMARY', poorStudents: 14 },
      { name: '汝阳县职业教育中心', stage: 'VOCATIONAL', poorStudents: 5 },
      { name: '汝阳县广播电视大学', stage: 'HIGHER', poorStudents: 0 },
    ]);
  });

  it('keeps a county official inside their county', async () => {
    const token = await tokenFor('county_official', { county: '410325' });
    const own = await graphql<{ dropouts: { note: string }[] }>(subgraph.url, `{ dropouts(countyCode: "410325") { note } }`, {}, token);
    expect(own.data!.dropouts).toEqual([{ note: '厌学' }]);
    for (const query of [`{ dropouts(countyCode: "410326") { note } }`, `{ schools(countyCode: "410326") { name } }`, `{ studentAidTotal(countyCode: "410326", year: 2019) { total } }`]) {
      expect(errorCode(await graphql(subgraph.url, query, {}, token))).toBe('FORBIDDEN');
    }
    expect(errorCode(await graphql(subgraph.url, HOUSEHOLD_EDUCATION, { r: [{ __typename: 'Household', id: householdIds[0] }] }, token))).toBe('FORBIDDEN');
  });

  it('brings a dropout back to school, and the household’s compulsory education is secured again', async () => {
    const back = await graphql(subgraph.url, RECORD, { input: record({ personId: DROPOUT, status: 'RETURNED', statusDate: '2020-03-09', note: '学校结对帮扶劝返' }), key: randomUUID() }, subgraph.staff);
    expect(back.errors).toBeUndefined();
    expect(await StudentEnrolment.countDocuments({ personId: DROPOUT })).toBe(1);
    const { data } = await graphql<{ _entities: HouseholdEducation[] }>(subgraph.url, HOUSEHOLD_EDUCATION, { r: [householdRepresentation(householdIds[5]!)] }, subgraph.reader);
    expect(data!._entities[0]!.education.compulsoryEducationSecured).toBe(true);
  });

  it.each([
    ['in a school of another county', record({ schoolId: 'SC-410325100-P' }), 'schoolId'],
    ['in a school that does not exist', record({ schoolId: 'SC-nowhere' }), 'schoolId'],
    ['of a dropout without its reason', record({ status: 'DROPPED_OUT', statusDate: '2019-12-01' }), 'note'],
    ['of a return without a dropout before it', record({ status: 'RETURNED', statusDate: '2019-12-01' }), 'status'],
    ['dated outside its school year', record({ statusDate: '2019-08-31' }), 'statusDate'],
    ['for a school year not yet begun', record({ schoolYear: 2999, statusDate: '2999-09-01' }), 'schoolYear'],
    ['for a person id that is not the register’s', record({ personId: '410326-3' }), 'personId'],
  ])('refuses an enrolment %s, and writes nothing', async (_, input, field) => {
    const before = await StudentEnrolment.find().sort({ id: 1 }).lean();
    const response = await graphql(subgraph.url, RECORD, { input, key: randomUUID() }, subgraph.staff);
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
    expect(response.errors![0]!.extensions!.field).toBe(field);
    expect(await StudentEnrolment.find().sort({ id: 1 }).lean()).toEqual(before);
  });

  it('lets a child study at a university outside the county', async () => {
    const { data, errors } = await graphql<{ recordEnrolment: { stage: string } }>(
      subgraph.url,
      RECORD,
      { input: record({ personId: 'H4103251002010002-3', schoolId: 'SC-410326-H' }), key: randomUUID() },
      subgraph.staff,
    );
    expect(errors).toBeUndefined();
    expect(data!.recordEnrolment.stage).toBe('HIGHER');
  });

  it('answers retries with the same idempotency key with the first record, and refuses the key for another record', async () => {
    const RECORD_ID = `mutation($input: StudentEnrolmentInput!, $key: String!) { recordEnrolment(input: $input, idempotencyKey: $key) { id } }`;
    const input = record({ personId: `${householdIds[2]}-3`, schoolYear: 2020, statusDate: '2020-09-01' });
    await expectOneRecordPerKey(subgraph.url, RECORD_ID, 'recordEnrolment', input, { ...input, status: 'DROPPED_OUT', note: '外出务工' }, subgraph.staff);
    const stored = await StudentEnrolment.find({ personId: input.personId, schoolYear: 2020 }).lean();
    expect(stored.map((e) => e.status)).toEqual(['ENROLLED']);
  });

  it('lets only education staff record schooling', async () => {
    for (const token of [await tokenFor('department_staff', { department: 'healthcare' }), await tokenFor('county_official', { county: '410326' }), await tokenFor('analyst')]) {
      expect(errorCode(await graphql(subgraph.url, RECORD, { input: record(), key: randomUUID() }, token))).toBe('FORBIDDEN');
    }
    expect(errorCode(await graphql(subgraph.url, RECORD, { input: record(), key: randomUUID() }))).toBe('UNAUTHENTICATED');
  });
});
