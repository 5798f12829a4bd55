import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import mongoose from 'mongoose';
import { rebuildDigests } from '@pas/subgraph-kit';
import { errorCode, expectDigestsInStep, expectOneRecordPerKey, expectRefusedUnwritten, graphql, tokenFor, useTestSubgraph } from '@pas/test-helpers';
import { DIGESTS, enrolmentDigest } from '../src/domain/digests.js';
import { InsuranceEnrolment, MedicalClaim } from '../src/models/index.js';
import { resolvers } from '../src/resolvers/index.js';
import { householdIds, insertHealth } from './fixtures.js';

const subgraph = useTestSubgraph({ name: 'healthcare', resolvers }, insertHealth);

const HOUSEHOLD_HEALTH = /* GraphQL */ `
  query($r: [_Any!]!) {
    _entities(representations: $r) {
      ... on Household {
        id
        health {
          enrolments(year: 2019) { person { id } basicMedical }
          insured2019: fullyInsured(year: 2019)
          insured2020: fullyInsured(year: 2020)
          chronicDiseaseCards { disease }
          disabilityCertificates { category grade }
          claims { totalCost reimbursementRate }
          outOfPocket(year: 2019)
        }
      }
    }
  }
`;
interface HouseholdHealth {
  id: string;
  health: {
    enrolments: { person: { id: string }; basicMedical: boolean }[];
    insured2019: boolean | null;
    insured2020: boolean | null;
    chronicDiseaseCards: { disease: string }[];
    disabilityCertificates: { category: string; grade: number }[];
    claims: { totalCost: number; reimbursementRate: number }[];
    outOfPocket: number;
  };
}

const ENROL = /* GraphQL */ `mutation($input: InsuranceEnrolmentInput!, $key: String!) { enrolInsurance(input: $input, idempotencyKey: $key) { id year basicMedical criticalIllness household { id } } }`;
const enrolment = (overrides: Record<string, unknown> = {}) => ({
  personId: 'H4103261002020001-1',
  year: 2020,
  basicMedical: true,
  criticalIllness: true,
  medicalAssistance: false,
  ...overrides,
});

const CLAIM = /* GraphQL */ `mutation($input: MedicalClaimInput!, $key: String!) { recordClaim(input: $input, idempotencyKey: $key) { id outOfPocket reimbursementRate payAfterTreatment } }`;
const claim = (overrides: Record<string, unknown> = {}) => ({
  personId: `${householdIds[0]}-1`,
  kind: 'INPATIENT',
  diagnosis: '脑梗死',
  hospital: '汝阳县人民医院',
  hospitalLevel: 'COUNTY',
  treatedOn: '2020-03-02',
  totalCost: 3_000_000,
  basicInsurance: 2_000_000,
  criticalIllnessInsurance: 300_000,
  medicalAssistance: 450_000,
  payAfterTreatment: true,
  ...overrides,
});

/** A household as the gateway passes it: with the members the register lists (two in the fixtures), born in 1980. */
const household = (id: string, members = [`${id}-1`, `${id}-2`]) => ({ __typename: 'Household', id, members: members.map((member) => ({ id: member, birthYear: 1980 })) });

describe('healthcare subgraph', () => {
  it('answers health for 20 households through _entities with one query per collection', async () => {
    const { data, errors, calls } = await subgraph.countingQueries<{ _entities: HouseholdHealth[] }>(HOUSEHOLD_HEALTH, {
      r: householdIds.map((id) => household(id)),
    });
    expect(errors).toBeUndefined();
    expect(data!._entities.map((e) => e.id)).toEqual(householdIds);
    expect(calls).toEqual(['healthCertificates', 'insuranceEnrolments', 'medicalClaims']);

    const [first, third, last] = [data!._entities[0]!.health, data!._entities[2]!.health, data!._entities[19]!.health];
    expect(first).toMatchObject({ insured2019: true, insured2020: true, chronicDiseaseCards: [{ disease: '高血压病' }], outOfPocket: 100_000 });
    expect(first.claims).toEqual([{ totalCost: 1_000_000, reimbursementRate: 90 }]);
    expect(third.disabilityCertificates).toEqual([{ category: 'PHYSICAL', grade: 2 }]);
    // One member without cover in 2019: the household was not fully insured that year.
    expect(last).toMatchObject({ insured2019: false, insured2020: true, chronicDiseaseCards: [] });
    expect(last.enrolments.map((e) => e.basicMedical)).toEqual([true, false]);
  });

  it('judges basic medical insurance as an exit criterion, naming the uninsured member', async () => {
    const query = `query($r: [_Any!]!) { _entities(representations: $r) { ... on HouseholdExitAssessment { medicalInsurance { key verdict source evidence { label value personId } } } } }`;
    const assessment = (id: string, year: number, members?: string[]) => ({ ...household(id, members), __typename: 'HouseholdExitAssessment', householdId: id, year, id: undefined });
    const { data, errors } = await graphql<{ _entities: { medicalInsurance: unknown }[] }>(
      subgraph.url,
      query,
      { r: [assessment(householdIds[0]!, 2019), assessment(householdIds[19]!, 2019), assessment(householdIds[0]!, 2019, []), { __typename: 'HouseholdExitAssessment', householdId: householdIds[0], year: 2019 }] },
      subgraph.reader,
    );
    expect(errors).toBeUndefined();
    const unknown = { key: 'MEDICAL_INSURANCE', verdict: 'UNKNOWN', source: 'healthcare', evidence: [{ label: '家庭成员', value: '登记册未列出', personId: null }] };
    expect(data!._entities.map((e) => e.medicalInsurance)).toEqual([
      { key: 'MEDICAL_INSURANCE', verdict: 'MET', source: 'healthcare', evidence: [{ label: '参保成员', value: '2/2', personId: null }] },
      { key: 'MEDICAL_INSURANCE', verdict: 'NOT_MET', source: 'healthcare', evidence: [{ label: '参保成员', value: '1/2', personId: null }, { label: '未参保成员', value: `${householdIds[19]}-2`, personId: `${householdIds[19]}-2` }] },
      unknown,
      unknown,
    ]);
    const early = await graphql(subgraph.url, query, { r: [assessment(householdIds[0]!, 2009)] }, subgraph.reader);
    expect(early.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'year' });
  });

  it('counts a member with no enrolment as not insured, and says nothing when the members are not given', async () => {
    const { data, errors } = await graphql<{ _entities: HouseholdHealth[] }>(
      subgraph.url,
      HOUSEHOLD_HEALTH,
      { r: [household(householdIds[0]!, [`${householdIds[0]}-1`, `${householdIds[0]}-2`, `${householdIds[0]}-3`]), { __typename: 'Household', id: householdIds[0] }] },
      subgraph.reader,
    );
    expect(errors).toBeUndefined();
    // Two of three members enrolled: once "fully insured" because only records were counted.
    expect(data!._entities[0]!.health).toMatchObject({ insured2019: false, insured2020: false });
    expect(data!._entities[1]!.health).toMatchObject({ insured2019: null, insured2020: null });
  });

  it('leaves out of a year the members born after it', async () => {
    const baby = { id: `${householdIds[0]}-3`, birthYear: 2020 };
    const { data } = await graphql<{ _entities: HouseholdHealth[] }>(subgraph.url, HOUSEHOLD_HEALTH, { r: [{ ...household(householdIds[0]!), members: [...household(householdIds[0]!).members, baby] }] }, subgraph.reader);
    // Born in 2020 and not yet enrolled: the household was fully insured in 2019, not in 2020.
    expect(data!._entities[0]!.health).toMatchObject({ insured2019: true, insured2020: false });
  });

  it('counts a county’s coverage by year', async () => {
    const query = `query($year: Int!) { insuranceCoverage(countyCode: "410326", year: $year) { persons basicMedical criticalIllness medicalAssistance rate fullCoverage } }`;
    const y2019 = await graphql<{ insuranceCoverage: Record<string, unknown> }>(subgraph.url, query, { year: 2019 });
    expect(y2019.data!.insuranceCoverage).toEqual({ persons: 40, basicMedical: 39, criticalIllness: 39, medicalAssistance: 20, rate: 97.5, fullCoverage: false });
    const y2020 = await graphql<{ insuranceCoverage: Record<string, unknown> }>(subgraph.url, query, { year: 2020 });
    expect(y2020.data!.insuranceCoverage).toMatchObject({ persons: 40, basicMedical: 40, rate: 100, fullCoverage: true });
  });

  it('keeps a county official inside their county', async () => {
    const token = await tokenFor('county_official', { county: '410325' });
    const own = await graphql<{ villageClinics: { name: string; remoteCare: boolean }[] }>(subgraph.url, `{ villageClinics(countyCode: "410325") { name remoteCare } }`, {}, token);
    expect(own.data!.villageClinics).toEqual([{ name: '南关村卫生室', remoteCare: true }]);
    for (const query of [
      `{ villageClinics(countyCode: "410326") { name } }`,
      `{ insuranceCoverage(countyCode: "410326", year: 2020) { rate } }`,
      `{ claims(personId: "${householdIds[0]}-1") { id } }`,
    ]) {
      expect(errorCode(await graphql(subgraph.url, query, {}, token))).toBe('FORBIDDEN');
    }
    expect(errorCode(await graphql(subgraph.url, HOUSEHOLD_HEALTH, { r: [{ __typename: 'Household', id: householdIds[0] }] }, token))).toBe('FORBIDDEN');
  });

  it('lists a person’s claims oldest first, with the share the payers bore', async () => {
    const { data } = await graphql<{ claims: { treatedOn: string; reimbursementRate: number; outOfPocket: number }[] }>(
      subgraph.url,
      `{ claims(personId: "${householdIds[0]}-1", year: 2019) { treatedOn reimbursementRate outOfPocket } }`,
      {},
      subgraph.reader,
    );
    expect(data!.claims).toEqual([{ treatedOn: '2019-05-10', reimbursementRate: 90, outOfPocket: 100_000 }]);
  });

  it('enrols a person once per year however often it is sent', async () => {
    for (const medicalAssistance of [false, true]) {
      const { errors } = await graphql(subgraph.url, ENROL, { input: enrolment({ medicalAssistance }), key: randomUUID() }, subgraph.staff);
      expect(errors).toBeUndefined();
    }
    const stored = await InsuranceEnrolment.find({ personId: 'H4103261002020001-1' }).lean();
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ year: 2020, medicalAssistance: true, householdId: 'H4103261002020001', countyCode: '410326' });
  });

  it.each([
    ['critical-illness insurance without basic insurance', enrolment({ basicMedical: false }), 'criticalIllness'],
    ['a year before the campaign', enrolment({ year: 2009 }), 'year'],
    ['a person id that is not the register’s', enrolment({ personId: 'H123' }), 'personId'],
  ])('refuses an enrolment with %s, and writes nothing', async (_, input, field) => {
    await expectRefusedUnwritten(InsuranceEnrolment, () => graphql(subgraph.url, ENROL, { input, key: randomUUID() }, subgraph.staff), { code: 'BAD_USER_INPUT', field });
  });

  it('keeps the county’s digests in step with every enrolment and claim written, as a rebuild from the records would', async () => {
    await rebuildDigests(mongoose.connection.db!, DIGESTS);
    for (const basicMedical of [true, false]) {
      const input = enrolment({ personId: 'H4103261002020002-1', basicMedical, criticalIllness: false });
      expect((await graphql(subgraph.url, ENROL, { input, key: randomUUID() }, subgraph.staff)).errors).toBeUndefined();
    }
    expect((await graphql(subgraph.url, CLAIM, { input: claim({ treatedOn: '2020-04-01' }), key: randomUUID() }, subgraph.staff)).errors).toBeUndefined();
    expect((await enrolmentDigest.read(['410326/2020'])).find((entry) => entry.personId === 'H4103261002020002-1')).toMatchObject({ basicMedical: false });
    await expectDigestsInStep(DIGESTS);
  });

  it('records a claim with the patient’s share worked out from the others', async () => {
    const { data, errors } = await graphql<{ recordClaim: { outOfPocket: number; reimbursementRate: number } }>(subgraph.url, CLAIM, { input: claim(), key: randomUUID() }, subgraph.staff);
    expect(errors).toBeUndefined();
    expect(data!.recordClaim).toMatchObject({ outOfPocket: 250_000, reimbursementRate: 91.67 });
  });

  it('answers retries of a claim with its idempotency key with the first claim, and refuses the key for another claim', async () => {
    const RECORD_CLAIM = `mutation($input: MedicalClaimInput!, $key: String!) { recordClaim(input: $input, idempotencyKey: $key) { id } }`;
    const input = claim({ treatedOn: '2020-03-09' });
    await expectOneRecordPerKey(subgraph.url, RECORD_CLAIM, 'recordClaim', input, { ...input, totalCost: 3_100_000 }, subgraph.staff);
    // The refused request changed nothing: the claim keeps the first request's cost.
    const stored = await MedicalClaim.find({ personId: input.personId, treatedOn: new Date('2020-03-09') }).lean();
    expect(stored.map((c) => c.totalCost)).toEqual([3_000_000]);
  });

  it.each([
    ['for a person without insurance that year', claim({ personId: `${householdIds[19]}-2`, treatedOn: '2019-08-01', criticalIllnessInsurance: 0, medicalAssistance: 0 }), 'personId'],
    ['whose shares add up to more than its cost', claim({ basicInsurance: 2_900_000 }), 'totalCost'],
    ['with a negative share', claim({ medicalAssistance: -1 }), 'medicalAssistance'],
    ['with medical assistance for a person who receives none', claim({ personId: `${householdIds[0]}-2` }), 'medicalAssistance'],
    ['treated in the future', claim({ treatedOn: '2999-01-01' }), 'treatedOn'],
  ])('refuses a claim %s, and writes nothing', async (_, input, field) => {
    await expectRefusedUnwritten(MedicalClaim, () => graphql(subgraph.url, CLAIM, { input, key: randomUUID() }, subgraph.staff), { code: 'BAD_USER_INPUT', field });
  });

  it('lets only healthcare staff enrol or record claims', async () => {
    for (const token of [await tokenFor('department_staff', { department: 'employment' }), await tokenFor('county_official', { county: '410326' }), await tokenFor('inspector')]) {
      expect(errorCode(await graphql(subgraph.url, ENROL, { input: enrolment({ year: 2019 }), key: randomUUID() }, token))).toBe('FORBIDDEN');
      expect(errorCode(await graphql(subgraph.url, CLAIM, { input: claim(), key: randomUUID() }, token))).toBe('FORBIDDEN');
    }
    expect(errorCode(await graphql(subgraph.url, ENROL, { input: enrolment({ year: 2019 }), key: randomUUID() }))).toBe('UNAUTHENTICATED');
  });

  it('shows a village’s clinic', async () => {
    const { data } = await graphql<{ _entities: { health: { clinic: { name: string; standardized: boolean; remoteCareSince: string } | null } }[] }>(
      subgraph.url,
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Village { health { clinic { name standardized remoteCareSince } } } } }`,
      { r: [{ __typename: 'Village', code: '410326100201' }, { __typename: 'Village', code: '410326100299' }] },
    );
    expect(data!._entities.map((e) => e.health.clinic)).toEqual([{ name: '东街村卫生室', standardized: true, remoteCareSince: '2019-09-01' }, null]);
  });
});
