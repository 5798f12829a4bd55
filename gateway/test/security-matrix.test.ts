/**
 * The security matrix: every kind of caller × every personal field × every path a request can
 * take to it (a root field, a nested field, a reference from another subgraph, `_entities`
 * sent straight to a subgraph), checked against the README's policy table. Every probe reads
 * a real record of the seeded world, and the value it must show is read from the database.
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- answers of many shapes are walked loosely; the expectations compare plain values */
import { readFileSync } from 'node:fs';
import { MongoClient, type Db } from 'mongodb';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type Caller, type Role } from '@pas/platform';
import { accessTo, DEPARTMENTS, maskName, maskPhone, maskResidentId, type PersonalData, POLICY } from '@pas/subgraph-kit';
import { graphql, testDbName, tokenFor, type GraphQLResponse } from '@pas/test-helpers';
import { startStack, type Stack } from './stack.js';

const OWN = '410326';
const OTHER = '410325';

/** One kind of caller: a role, its scope, and the token it sends (none for anonymous). */
interface Viewer {
  name: string;
  caller: Caller;
  token?: string;
}

const SCOPED: [Role, { county?: string; department?: string }][] = [
  ['city_leader', {}],
  ['county_official', { county: OWN }],
  ['county_official', { county: OTHER }],
  ['inspector', {}],
  ['analyst', {}],
  ...DEPARTMENTS.map(
    (department) => ['department_staff', { department }] as [Role, { department: string }],
  ),
];

/** One way to reach one personal field of one record. */
interface Probe {
  field: string;
  data: PersonalData;
  /** The subgraph that keeps the field. */
  service: string;
  path: string;
  /** The gateway, or a subgraph for `_entities`. */
  url: () => string;
  query: string;
  variables?: Record<string, unknown>;
  pick: (data: any) => unknown;
  /** The stored value. */
  stored: unknown;
}

let stack: Stack;
let client: MongoClient;
const db = (service: string): Db => client.db(testDbName(service));
const viewers: Viewer[] = [];
const probes: Probe[] = [];

beforeAll(async () => {
  stack = await startStack({ households: 300 });
  client = new MongoClient(inject('mongoUri'));
  viewers.push({ name: 'anonymous', caller: { subject: null, role: 'anonymous', countyCode: null, department: null } });
  for (const [role, scope] of SCOPED) {
    viewers.push({
      name: [role, scope.county, scope.department].filter(Boolean).join(' '),
      caller: { subject: `test-${role}`, role, countyCode: scope.county ?? null, department: scope.department ?? null },
      token: await tokenFor(role, scope),
    });
  }
  probes.push(...(await buildProbes()));
}, 240_000);

afterAll(async () => {
  await client?.close();
  await stack?.stop();
});

/** A record of county OWN in `collection` of `service` matching `filter`. */
async function recordOf(service: string, collection: string, filter: object = {}): Promise<any> {
  const record = await db(service).collection(collection).findOne({ countyCode: OWN, ...filter });
  if (!record) throw new Error(`the seeded world has no ${collection} record in ${OWN}`);
  return record;
}

async function buildProbes(): Promise<Probe[]> {
  const gateway = () => stack.gateway.url;
  const subgraph = (name: string) => () => stack.subgraph(name).url;
  const claim = await recordOf('healthcare', 'medicalClaims');
  const person = await db('registry').collection('households').findOne({ 'members.id': claim.personId });
  const member = person!.members.find((m: { id: string }) => m.id === claim.personId);
  const household = person!;
  const loan = await recordOf('finance', 'microloans');
  const post = await recordOf('employment', 'employmentRecords', { kind: 'PUBLIC_WELFARE_POST', endDate: null });
  const enrolment = await recordOf('education', 'studentEnrolments');
  const renovation = await recordOf('housing', 'houseRenovations');
  const relocation = await recordOf('housing', 'relocations');
  const PERSON_FIELDS = 'name birthDate residentId phone healthStatus';
  const personFields: [string, PersonalData, unknown][] = [
    ['name', 'NAME', member.name],
    ['birthDate', 'BIRTH_DATE', new Date(member.birthDate).toISOString().slice(0, 10)],
    ['residentId', 'RESIDENT_ID', member.residentId],
    ['phone', 'PHONE', member.phone],
    ['healthStatus', 'HEALTH', member.healthStatus],
  ];
  const entities = (typename: string, id: string, selection: string) => ({
    query: `query($r: [_Any!]!) { _entities(representations: $r) { ... on ${typename} { ${selection} } } }`,
    variables: { r: [{ __typename: typename, id }] },
  });
  const ofMember = (members: { id: string }[]) => members.find((m) => m.id === member.id);

  return [
    ...personFields.flatMap(([field, data, stored]): Probe[] => [
      { field: `Person.${field}`, data, service: 'registry', stored, path: 'root person(id)', url: gateway, query: `{ person(id: "${member.id}") { ${PERSON_FIELDS} } }`, pick: (d) => d?.person?.[field] },
      {
        field: `Person.${field}`, data, service: 'registry', stored, path: 'nested household.members', url: gateway,
        query: `{ household(id: "${household.id}") { members { id ${PERSON_FIELDS} } } }`, pick: (d) => ofMember(d?.household?.members ?? [])?.[field as 'id'],
      },
      {
        field: `Person.${field}`, data, service: 'registry', stored, path: 'reference healthcare→registry', url: gateway,
        query: `{ claims(personId: "${member.id}") { person { ${PERSON_FIELDS} } } }`, pick: (d) => d?.claims?.[0]?.person?.[field],
      },
      { field: `Person.${field}`, data, service: 'registry', stored, path: '_entities on registry', url: subgraph('registry'), ...entities('Person', member.id, PERSON_FIELDS), pick: (d) => d?._entities?.[0]?.[field] },
    ]),
    { field: 'Household.headName', data: 'NAME', service: 'registry', stored: household.headName, path: 'root household(id)', url: gateway, query: `{ household(id: "${household.id}") { headName } }`, pick: (d) => d?.household?.headName },
    {
      field: 'Household.headName', data: 'NAME', service: 'registry', stored: (await db('registry').collection('households').findOne({ _id: loan.householdId }))!.headName,
      path: 'reference finance→registry', url: gateway, query: `{ microloans(countyCode: "${OWN}", first: 200) { id household { headName } } }`,
      pick: (d) => d?.microloans?.find((l: { id: string }) => l.id === loan.id)?.household?.headName,
    },
    {
      field: 'Household.headName', data: 'NAME', service: 'registry', stored: (await db('registry').collection('households').findOne({ _id: renovation.householdId }))!.headName,
      path: 'reference housing→registry', url: gateway, query: `{ renovations(countyCode: "${OWN}", first: 500) { id household { headName } } }`,
      pick: (d) => d?.renovations?.find((r: { id: string }) => r.id === renovation.id)?.household?.headName,
    },
    {
      field: 'Household.headName', data: 'NAME', service: 'registry', stored: (await db('registry').collection('households').findOne({ _id: relocation.householdId }))!.headName,
      path: 'reference housing→registry from a village', url: gateway,
      query: `{ village(code: "${relocation.fromVillageCode}") { housing { relocationsOut { id household { headName } } } } }`,
      pick: (d) => d?.village?.housing?.relocationsOut?.find((r: { id: string }) => r.id === relocation.id)?.household?.headName,
    },
    {
      field: 'Person.name', data: 'NAME', service: 'registry', stored: await memberName(post.personId),
      path: 'reference employment→registry', url: gateway, query: `{ publicWelfarePosts(countyCode: "${OWN}", first: 500) { id person { name } } }`,
      pick: (d) => d?.publicWelfarePosts?.find((p: { id: string }) => p.id === post.id)?.person?.name,
    },
    {
      field: 'Person.name', data: 'NAME', service: 'registry', stored: await memberName(enrolment.personId),
      path: 'reference education→registry', url: gateway, query: `{ household(id: "${enrolment.householdId}") { education { enrolments { id person { name } } } } }`,
      pick: (d) => d?.household?.education?.enrolments?.find((e: { id: string }) => e.id === enrolment.id)?.person?.name,
    },
    // Each department's own personal fields: root, nested under the household, and _entities.
    { field: 'MedicalClaim.diagnosis', data: 'HEALTH', service: 'healthcare', stored: claim.diagnosis, path: 'root claims(personId)', url: gateway, query: `{ claims(personId: "${claim.personId}") { id diagnosis } }`, pick: (d) => d?.claims?.find((c: { id: string }) => c.id === claim.id)?.diagnosis },
    { field: 'MedicalClaim.diagnosis', data: 'HEALTH', service: 'healthcare', stored: claim.diagnosis, path: 'nested household.health', url: gateway, query: `{ household(id: "${claim.householdId}") { health { claims { id diagnosis } } } }`, pick: (d) => d?.household?.health?.claims?.find((c: { id: string }) => c.id === claim.id)?.diagnosis },
    { field: 'MedicalClaim.diagnosis', data: 'HEALTH', service: 'healthcare', stored: claim.diagnosis, path: '_entities on healthcare', url: subgraph('healthcare'), ...entities('Household', claim.householdId, 'health { claims { id diagnosis } }'), pick: (d) => d?._entities?.[0]?.health?.claims?.find((c: { id: string }) => c.id === claim.id)?.diagnosis },
    { field: 'Microloan.amount', data: 'LOAN', service: 'finance', stored: loan.amount, path: 'root microloans(countyCode)', url: gateway, query: `{ microloans(countyCode: "${OWN}", first: 200) { id amount } }`, pick: (d) => d?.microloans?.find((l: { id: string }) => l.id === loan.id)?.amount },
    { field: 'Microloan.amount', data: 'LOAN', service: 'finance', stored: loan.amount, path: 'nested household.finance', url: gateway, query: `{ household(id: "${loan.householdId}") { finance { microloans { id amount } } } }`, pick: (d) => d?.household?.finance?.microloans?.find((l: { id: string }) => l.id === loan.id)?.amount },
    { field: 'Microloan.amount', data: 'LOAN', service: 'finance', stored: loan.amount, path: '_entities on finance', url: subgraph('finance'), ...entities('Household', loan.householdId, 'finance { microloans { id amount } }'), pick: (d) => d?._entities?.[0]?.finance?.microloans?.find((l: { id: string }) => l.id === loan.id)?.amount },
    { field: 'PublicWelfarePost.monthlyPay', data: 'INCOME', service: 'employment', stored: post.monthlyIncome, path: 'root publicWelfarePosts(countyCode)', url: gateway, query: `{ publicWelfarePosts(countyCode: "${OWN}", first: 500) { id monthlyPay } }`, pick: (d) => d?.publicWelfarePosts?.find((p: { id: string }) => p.id === post.id)?.monthlyPay },
    { field: 'PublicWelfarePost.monthlyPay', data: 'INCOME', service: 'employment', stored: post.monthlyIncome, path: 'nested household.employment', url: gateway, query: `{ household(id: "${post.householdId}") { employment { publicWelfarePosts { id monthlyPay } } } }`, pick: (d) => d?.household?.employment?.publicWelfarePosts?.find((p: { id: string }) => p.id === post.id)?.monthlyPay },
    { field: 'PublicWelfarePost.monthlyPay', data: 'INCOME', service: 'employment', stored: post.monthlyIncome, path: '_entities on employment', url: subgraph('employment'), ...entities('Household', post.householdId, 'employment { publicWelfarePosts { id monthlyPay } }'), pick: (d) => d?._entities?.[0]?.employment?.publicWelfarePosts?.find((p: { id: string }) => p.id === post.id)?.monthlyPay },
    { field: 'StudentEnrolment.status', data: 'SCHOOLING', service: 'education', stored: enrolment.status, path: 'nested household.education', url: gateway, query: `{ household(id: "${enrolment.householdId}") { education { enrolments { id status } } } }`, pick: (d) => d?.household?.education?.enrolments?.find((e: { id: string }) => e.id === enrolment.id)?.status },
    { field: 'StudentEnrolment.status', data: 'SCHOOLING', service: 'education', stored: enrolment.status, path: '_entities on education', url: subgraph('education'), ...entities('Person', enrolment.personId, 'education { enrolments { id status } }'), pick: (d) => d?._entities?.[0]?.education?.enrolments?.find((e: { id: string }) => e.id === enrolment.id)?.status },
    // Declared income and the income criterion built from it and employment's wages.
    ...(await incomeProbes(gateway, subgraph)),
    // The exit assessment: a criterion on personal schooling, through the registry and straight to education; the household through the assessment's own key.
    {
      field: 'HouseholdExitAssessment.compulsoryEducation', data: 'SCHOOLING', service: 'education', stored: 'COMPULSORY_EDUCATION', path: 'nested household.exitAssessment', url: gateway,
      query: `{ household(id: "${enrolment.householdId}") { exitAssessment(year: 2019) { compulsoryEducation { key } } } }`, pick: (d) => d?.household?.exitAssessment?.compulsoryEducation?.key,
    },
    {
      field: 'HouseholdExitAssessment.compulsoryEducation', data: 'SCHOOLING', service: 'education', stored: 'COMPULSORY_EDUCATION', path: '_entities on education', url: subgraph('education'),
      query: `query($r: [_Any!]!) { _entities(representations: $r) { ... on HouseholdExitAssessment { compulsoryEducation { key } } } }`,
      variables: { r: [{ __typename: 'HouseholdExitAssessment', householdId: enrolment.householdId, year: 2019, members: [] }] }, pick: (d) => d?._entities?.[0]?.compulsoryEducation?.key,
    },
    {
      field: 'Household.headName', data: 'NAME', service: 'registry', stored: household.headName, path: '_entities HouseholdExitAssessment on registry', url: subgraph('registry'),
      query: `query($r: [_Any!]!) { _entities(representations: $r) { ... on HouseholdExitAssessment { household { headName } } } }`,
      variables: { r: [{ __typename: 'HouseholdExitAssessment', householdId: household.id, year: 2019 }] }, pick: (d) => d?._entities?.[0]?.household?.headName,
    },
    { field: 'HouseRenovation.subsidy', data: 'INCOME', service: 'housing', stored: renovation.subsidy, path: 'root renovations(countyCode)', url: gateway, query: `{ renovations(countyCode: "${OWN}", first: 500) { id subsidy } }`, pick: (d) => d?.renovations?.find((r: { id: string }) => r.id === renovation.id)?.subsidy },
    { field: 'HouseRenovation.subsidy', data: 'INCOME', service: 'housing', stored: renovation.subsidy, path: 'nested household.housing', url: gateway, query: `{ household(id: "${renovation.householdId}") { housing { renovation { id subsidy } } } }`, pick: (d) => d?.household?.housing?.renovation?.subsidy },
    { field: 'HouseRenovation.subsidy', data: 'INCOME', service: 'housing', stored: renovation.subsidy, path: '_entities on housing', url: subgraph('housing'), ...entities('Household', renovation.householdId, 'housing { renovation { id subsidy } }'), pick: (d) => d?._entities?.[0]?.housing?.renovation?.subsidy },
  ];
}

/** A household of county OWN with a declared income, and every path to its income. */
async function incomeProbes(gateway: () => string, subgraph: (name: string) => () => string): Promise<Probe[]> {
  const household = await recordOf('registry', 'households', { 'incomes.0': { $exists: true } });
  const income = household.incomes[0];
  const year = income.year;
  const assessment = (selection: string) => ({
    query: `query($r: [_Any!]!) { _entities(representations: $r) { ... on HouseholdExitAssessment { ${selection} } } }`,
    variables: { r: [{ __typename: 'HouseholdExitAssessment', householdId: household._id, year, wageIncome: 0 }] },
  });
  const base = { data: 'INCOME' as const };
  const county = (selection: string) => ({
    query: `query($r: [_Any!]!) { _entities(representations: $r) { ... on CountyExitAssessment { ${selection} } } }`,
    // A school-age member with no school record: the household is listed as not judged (UNKNOWN).
    variables: { r: [{ __typename: 'CountyExitAssessment', countyCode: OWN, year, roster: [{ id: household._id, members: [{ id: `${household._id}-9`, birthYear: year - 10, schoolEntryYear: year - 3 }] }] }] },
  });
  return [
    {
      ...base, field: 'CountyExitAssessment.households', service: 'registry', stored: household._id, path: 'nested county.exitAssessment', url: gateway,
      query: `{ county(code: "${OWN}") { exitAssessment(year: ${year}) { households { household { id } } } } }`,
      pick: (d) => d?.county?.exitAssessment?.households?.find((row: { household: { id: string } }) => row.household.id === household._id)?.household?.id,
    },
    {
      ...base, field: 'CountyExitAssessment.households', service: 'registry', stored: household._id, path: '_entities on registry', url: subgraph('registry'),
      ...county('households { household { id } }'), pick: (d) => d?._entities?.[0]?.households?.find((row: { household: { id: string } }) => row.household.id === household._id)?.household?.id,
    },
    {
      ...base, field: 'CountyExitAssessment.wageIncomes', service: 'employment', stored: true, path: '_entities on employment', url: subgraph('employment'),
      ...county('wageIncomes { householdId }'), pick: (d) => (d?._entities?.[0]?.wageIncomes ? Array.isArray(d._entities[0].wageIncomes) : undefined),
    },
    {
      ...base, field: 'CountyExitAssessment.comparison', service: 'registry', stored: true, path: 'nested county.exitAssessment', url: gateway,
      query: `{ county(code: "${OWN}") { exitAssessment(year: ${year}) { comparison(first: 5) { candidates { householdId } } } } }`,
      pick: (d) => (d?.county?.exitAssessment?.comparison ? Array.isArray(d.county.exitAssessment.comparison.candidates) : undefined),
    },
    ...(['healthcare', 'employment'] as const).map((service): Probe => ({
      ...base, field: `CountyExitAssessment.${service === 'healthcare' ? 'health' : service}Signals`, service, stored: true, path: `_entities on ${service}`, url: subgraph(service),
      ...county(`${service === 'healthcare' ? 'health' : service}Signals { householdId }`),
      pick: (d) => { const signals = d?._entities?.[0]?.[`${service === 'healthcare' ? 'health' : service}Signals`]; return signals ? Array.isArray(signals) : undefined; },
    })),
    {
      data: 'SCHOOLING', field: 'CountyExitAssessment.educationSignals', service: 'education', stored: true, path: '_entities on education', url: subgraph('education'),
      ...county('educationSignals { householdId }'), pick: (d) => (d?._entities?.[0]?.educationSignals ? Array.isArray(d._entities[0].educationSignals) : undefined),
    },
    {
      data: 'SCHOOLING', field: 'CountyExitAssessment.compulsoryEducationUnmet', service: 'education', stored: household._id, path: '_entities on education', url: subgraph('education'),
      ...county('compulsoryEducationUnmet { householdId }'), pick: (d) => d?._entities?.[0]?.compulsoryEducationUnmet?.[0]?.householdId,
    },
    { ...base, field: 'Household.incomes', service: 'registry', stored: income.agriculture, path: 'root household(id)', url: gateway, query: `{ household(id: "${household._id}") { incomes { agriculture } } }`, pick: (d) => d?.household?.incomes?.[0]?.agriculture },
    {
      ...base, field: 'Household.incomes', service: 'registry', stored: income.agriculture, path: '_entities on registry', url: subgraph('registry'),
      query: `query($r: [_Any!]!) { _entities(representations: $r) { ... on Household { incomes { agriculture } } } }`, variables: { r: [{ __typename: 'Household', id: household._id }] },
      pick: (d) => d?._entities?.[0]?.incomes?.[0]?.agriculture,
    },
    {
      ...base, field: 'HouseholdExitAssessment.income', service: 'registry', stored: 'INCOME', path: 'nested household.exitAssessment', url: gateway,
      query: `{ household(id: "${household._id}") { exitAssessment(year: ${year}) { income { key } } } }`, pick: (d) => d?.household?.exitAssessment?.income?.key,
    },
    { ...base, field: 'HouseholdExitAssessment.income', service: 'registry', stored: 'INCOME', path: '_entities on registry', url: subgraph('registry'), ...assessment('income { key }'), pick: (d) => d?._entities?.[0]?.income?.key },
    {
      ...base, field: 'HouseholdExitAssessment.criteria', service: 'registry', stored: 'INCOME', path: 'nested household.exitAssessment', url: gateway,
      query: `{ household(id: "${household._id}") { exitAssessment(year: ${year}) { criteria { key } } } }`, pick: (d) => d?.household?.exitAssessment?.criteria?.[0]?.key,
    },
    {
      ...base, field: 'HouseholdExitAssessment.wageIncome', service: 'employment', stored: await wagesOf(household._id, year), path: '_entities on employment', url: subgraph('employment'),
      ...assessment('wageIncome'), pick: (d) => d?._entities?.[0]?.wageIncome,
    },
  ];
}

/** The wages employment counts for a household's year, asked of employment as its own staff. */
async function wagesOf(householdId: string, year: number): Promise<number> {
  const query = 'query($r: [_Any!]!) { _entities(representations: $r) { ... on HouseholdExitAssessment { wageIncome } } }';
  const { data } = await graphql<any>(stack.subgraph('employment').url, query, { r: [{ __typename: 'HouseholdExitAssessment', householdId, year }] }, await tokenFor('department_staff', { department: 'employment' }));
  return data._entities[0].wageIncome;
}

async function memberName(personId: string): Promise<string> {
  const household = await db('registry').collection('households').findOne({ 'members.id': personId });
  return household!.members.find((m: { id: string }) => m.id === personId).name;
}

/** What a viewer must see of a stored value, or the error code it must get instead. */
function expected(viewer: Viewer, probe: Probe): { value: unknown } | { code: string } {
  if (viewer.caller.role === 'anonymous') return { code: 'UNAUTHENTICATED' };
  if (viewer.caller.countyCode && viewer.caller.countyCode !== OWN) return { code: 'FORBIDDEN' };
  const access = accessTo(viewer.caller, probe.data, probe.service);
  if (access === 'whole') return { value: probe.stored };
  const mask = { NAME: maskName, RESIDENT_ID: maskResidentId, PHONE: maskPhone }[probe.data as 'NAME'];
  if (access === 'masked' && mask && typeof probe.stored === 'string') return { value: mask(probe.stored) };
  return { code: 'FORBIDDEN' };
}

describe('security matrix', () => {
  it('shows every personal field on every path as the policy says, to every kind of caller', async () => {
    const failures: string[] = [];
    let combinations = 0;
    for (const probe of probes) {
      expect(probe.stored, `${probe.field} has a stored value to compare`).not.toBeUndefined();
      for (const viewer of viewers) {
        combinations++;
        const response: GraphQLResponse<any> = await graphql(probe.url(), probe.query, probe.variables, viewer.token);
        const shown = probe.pick(response.data);
        const codes = new Set((response.errors ?? []).map((e) => e.extensions?.code));
        const want = expected(viewer, probe);
        const ok = 'value' in want ? shown === want.value : (shown === null || shown === undefined) && codes.has(want.code);
        if (!ok) failures.push(`${viewer.name} · ${probe.field} · ${probe.path}: wanted ${JSON.stringify(want)}, got ${JSON.stringify(shown)} ${[...codes].join(',')}`);
      }
    }
    console.log(`security matrix: ${combinations} combinations (${viewers.length} callers × ${probes.length} field paths)`);
    expect(failures).toEqual([]);
  }, 240_000);

  it('refuses a whole read without a purpose, showing nothing, and audits one with a purpose', async () => {
    const probe = probes.find((p) => p.field === 'Person.residentId' && p.path === 'root person(id)')!;
    const staff = await tokenFor('department_staff', { department: 'registry' });
    const silent = await graphql<any>(probe.url(), probe.query, {}, staff, { purpose: null });
    expect(probe.pick(silent.data)).toBeNull();
    expect(silent.errors?.map((e) => e.extensions?.code)).toContain('PURPOSE_REQUIRED');
    const reads = db('registry').collection('personalDataReads');
    const before = await reads.countDocuments({ field: 'Person.residentId' });
    const told = await graphql<any>(probe.url(), probe.query, {}, staff, { purpose: '入户核查' });
    expect(probe.pick(told.data)).toBe(probe.stored);
    expect(await reads.countDocuments({ field: 'Person.residentId', purpose: '入户核查', countyCode: OWN })).toBe(1);
    expect(await reads.countDocuments({ field: 'Person.residentId' })).toBe(before + 1);
  });

  it('shows the access audit to city leaders and inspectors of the county, through the graph', async () => {
    const since = new Date(Date.now() - 3_600_000).toISOString();
    const audit = `{ accessAudit(countyCode: "${OWN}", since: "${since}") { registry { field purpose role recordId } health { field } finance { field } } }`;
    const leader = await graphql<any>(stack.gateway.url, audit, {}, await tokenFor('city_leader'));
    expect(leader.errors).toBeUndefined();
    expect(leader.data.accessAudit.registry).toContainEqual(expect.objectContaining({ field: 'Person.residentId', purpose: '入户核查', role: 'department_staff' }));
    expect(leader.data.accessAudit.health).toContainEqual({ field: 'MedicalClaim.diagnosis' });
    const ownInspector = await graphql<any>(stack.gateway.url, audit, {}, await tokenFor('inspector', { county: OWN }));
    expect(ownInspector.errors).toBeUndefined();
    for (const [role, scope] of [['inspector', { county: OTHER }], ['analyst', {}], ['county_official', { county: OWN }]] as const) {
      const refused = await graphql<any>(stack.gateway.url, audit, {}, await tokenFor(role, scope));
      expect(refused.errors?.map((e) => e.extensions?.code), role).toContain('FORBIDDEN');
      expect(refused.data?.accessAudit?.registry ?? null).toBeNull();
    }
  });

  it('is the table the README publishes', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const rows = Object.fromEntries(
      [...readme.matchAll(/^\| [^|]*`(\w+)` \|(.*)\|$/gm)].map(([, data, cells]) => [data, cells!.split('|').map((c) => c.trim().replace('—', 'hidden'))]),
    );
    for (const [data, row] of Object.entries(POLICY)) expect(rows[data], data).toEqual(Object.values(row));
  });
});
