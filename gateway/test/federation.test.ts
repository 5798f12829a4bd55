import { randomUUID } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signToken } from '@pas/platform';
import { residentIdCheckChar } from '@pas/register-rules';
import { plantedOmissions } from '@pas/seed-kit';
import { generateWorld } from '@pas/seeds';
import { graphql, tokenFor, type GraphQLResponse } from '@pas/test-helpers';
import { startGateway } from '../src/gateway.js';
import { type Stack, startStack, startSubgraphProcess } from './stack.js';

let stack: Stack;
let analyst: string;
beforeAll(async () => {
  stack = await startStack({ households: 300, subgraphTimeoutMs: 3_000 });
  analyst = await tokenFor('analyst');
}, 180_000);
afterAll(() => stack?.stop());

const HOUSEHOLDS = /* GraphQL */ `
  query {
    households(filter: { countyCode: "410326" }, first: 5) {
      totalCount
      edges {
        node {
          id
          headName
          village { name county { name } }
          members { name residentId }
          employment { __typename }
          health { __typename }
          education { __typename }
          housing { __typename }
          finance { __typename }
        }
      }
    }
    headquarters { code name }
  }
`;

interface HouseholdsResult {
  households: { totalCount: number; edges: { node: Record<string, unknown> & { members: { residentId: string }[] } }[] };
  headquarters: { code: string }[];
}

async function readiness(): Promise<{ status: number; subgraphs: Record<string, boolean> }> {
  const response = await fetch(new URL('/ready', stack.gateway.url));
  return { status: response.status, subgraphs: ((await response.json()) as { subgraphs: Record<string, boolean> }).subgraphs };
}

describe('the composed supergraph', () => {
  it('answers one query with fields from all seven subgraphs', async () => {
    const { data, errors } = await graphql<HouseholdsResult>(stack.gateway.url, HOUSEHOLDS, {}, analyst);
    expect(errors).toBeUndefined();
    expect(data!.households.totalCount).toBeGreaterThan(0);
    const node = data!.households.edges[0]!.node;
    expect(node.village).toMatchObject({ county: { name: '汝阳县' } });
    for (const domain of ['employment', 'health', 'education', 'housing', 'finance']) expect(node[domain]).toBeTruthy();
    expect(data!.headquarters).toHaveLength(14);
  });

  it("counts a household fully insured only when every member the register lists, born by the year, is enrolled", async () => {
    const query = /* GraphQL */ `{
      households(first: 200) { edges { node { id members { id birthYear } health { fullyInsured(year: 2019) enrolments(year: 2019) { person { id } basicMedical } } } } }
    }`;
    type Node = { id: string; members: { id: string; birthYear: number }[]; health: { fullyInsured: boolean; enrolments: { person: { id: string }; basicMedical: boolean }[] } };
    const { data, errors } = await graphql<{ households: { edges: { node: Node }[] } }>(stack.gateway.url, query, {}, analyst);
    expect(errors).toBeUndefined();
    expect(data!.households.edges).toHaveLength(200);
    // The gateway passes the registry's members to healthcare (@requires): a verdict for every household, never null.
    for (const { node } of data!.households.edges) {
      const insured = new Set(node.health.enrolments.filter((e) => e.basicMedical).map((e) => e.person.id));
      expect(node.health.fullyInsured, node.id).toBe(node.members.filter((m) => m.birthYear <= 2019).every((m) => insured.has(m.id)));
    }
  });

  it('forwards the caller to the subgraphs, which mask personal data for a city leader', async () => {
    const { data } = await graphql<HouseholdsResult>(stack.gateway.url, HOUSEHOLDS, {}, await tokenFor('city_leader'));
    expect(data!.households.edges[0]!.node.members[0]!.residentId).toMatch(/^\d{6}\*{12}$/);
    const staff = await graphql<HouseholdsResult>(stack.gateway.url, HOUSEHOLDS, {}, await tokenFor('department_staff', { department: 'registry' }));
    expect(staff.data!.households.edges[0]!.node.members[0]!.residentId).toMatch(/^\d{17}[\dX]$/);
  });

  it('keeps households from anonymous callers, but shows them counties and headquarters', async () => {
    const { data, errors } = await graphql<HouseholdsResult>(stack.gateway.url, HOUSEHOLDS);
    expect(data).toBeNull();
    expect(errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const open = await graphql<{ headquarters: unknown[] }>(stack.gateway.url, '{ headquarters { code } counties { name incidenceRate } }');
    expect(open.errors).toBeUndefined();
    expect(open.data!.headquarters).toHaveLength(14);
  });

  it('shows a county official only their own county', async () => {
    const token = await tokenFor('county_official', { county: '410326' });
    const own = await graphql<HouseholdsResult>(stack.gateway.url, '{ households(first: 100) { totalCount edges { node { village { county { code } } } } } }', {}, token);
    expect(own.data!.households.totalCount).toBeGreaterThan(0);
    expect(new Set(own.data!.households.edges.map((e) => JSON.stringify(e.node.village)))).toEqual(new Set([JSON.stringify({ county: { code: '410326' } })]));
    const other = await graphql<HouseholdsResult>(stack.gateway.url, '{ households(filter: { countyCode: "410325" }) { totalCount } }', {}, token);
    expect(other.data!.households.totalCount).toBe(0);
  });

  it('refuses a mutation from an analyst with FORBIDDEN', async () => {
    const { errors } = await graphql(
      stack.gateway.url,
      'mutation { recordStatusChange(householdId: "H0", version: 1, input: { status: EXITED, date: "2019-12-01", reason: "验收" }) { id } }',
      {},
      analyst,
    );
    expect(errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses an expired token at the gateway', async () => {
    const expired = await signToken({ sub: 'old', role: 'city_leader' }, { expiresIn: '-1m' });
    const { errors } = await graphql(stack.gateway.url, '{ counties { code } }', {}, expired);
    expect(errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('rejects a query nested too deep, or with too many aliases, with QUERY_LIMIT_EXCEEDED', async () => {
    const levels = Array.from({ length: 8 }, () => 'villages { county {');
    const deep = `{ counties { ${levels.join(' ')} code ${'} } '.repeat(8)} } }`;
    const tooDeep = await graphql(stack.gateway.url, deep, {}, analyst);
    expect(tooDeep.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_LIMIT_EXCEEDED', limit: 'depth' });
    const aliases = `{ ${Array.from({ length: 30 }, (_, i) => `c${i}: counties { code }`).join(' ')} }`;
    const tooMany = await graphql(stack.gateway.url, aliases, {}, analyst);
    expect(tooMany.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_LIMIT_EXCEEDED', limit: 'aliases' });
  });

  it('refuses a forged token at the gateway', async () => {
    const forged = (await tokenFor('city_leader')).slice(0, -3) + 'abc';
    const { errors } = await graphql(stack.gateway.url, HOUSEHOLDS, {}, forged);
    expect(errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('returns the other subgraphs’ data with an error naming the subgraph that is down, and recovers when it returns', async () => {
    const employment = stack.subgraph('employment');
    await employment.kill();
    const partial = await graphql<HouseholdsResult>(stack.gateway.url, HOUSEHOLDS, {}, analyst);
    expect(partial.data?.households.edges.length).toBeGreaterThan(0);
    expect(partial.errors).toContainEqual(
      expect.objectContaining({ message: 'The employment subgraph is unreachable', extensions: expect.objectContaining({ code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'employment' }) }),
    );
    expect(partial.data!.households.edges[0]!.node.employment).toBeNull();
    expect(partial.data!.households.edges[0]!.node.health).toBeTruthy();
    expect(await readiness()).toEqual({ status: 503, subgraphs: expect.objectContaining({ employment: false, registry: true }) });

    stack.subgraphs.set('employment', await startSubgraphProcess('employment', employment.port));
    const recovered = await graphql<HouseholdsResult>(stack.gateway.url, HOUSEHOLDS, {}, analyst);
    expect(recovered.errors).toBeUndefined();
    expect(await readiness()).toEqual({ status: 200, subgraphs: expect.objectContaining({ employment: true }) });
  });

  it('gives up on a subgraph that hangs after its own timeout, with an error naming it', async () => {
    // A department's server that accepts connections and never answers.
    const hung = net.createServer(() => {});
    await new Promise<void>((resolve) => hung.listen(0, '127.0.0.1', resolve));
    process.env.EMPLOYMENT_TIMEOUT_MS = '500';
    const urls = Object.fromEntries([...stack.subgraphs.values()].map((p) => [p.name, p.url]));
    // Without the per-subgraph setting the request would wait past the test's own timeout.
    const gateway = await startGateway({ port: 0, subgraphUrls: { ...urls, employment: `http://127.0.0.1:${(hung.address() as net.AddressInfo).port}/graphql` }, subgraphTimeoutMs: 60_000 });
    try {
      const partial = await graphql<HouseholdsResult>(gateway.url, HOUSEHOLDS, {}, analyst);
      expect(partial.errors).toContainEqual(expect.objectContaining({ extensions: expect.objectContaining({ code: 'SUBGRAPH_TIMEOUT', serviceName: 'employment' }) }));
      expect(partial.data!.households.edges[0]!.node.employment).toBeNull();
      expect(partial.data!.households.edges[0]!.node.health).toBeTruthy();
    } finally {
      delete process.env.EMPLOYMENT_TIMEOUT_MS;
      await gateway.stop();
      hung.close();
    }
  });
});

describe('the exit assessment (两不愁三保障), each criterion judged by the subgraph that keeps its records', () => {
  const ASSESSMENT = /* GraphQL */ `query($id: ID!, $year: Int!) {
    household(id: $id) { exitAssessment(year: $year) {
      year
      verdict
      criteria { key verdict source }
      income { ...criterion }
      food { ...criterion }
      clothing { ...criterion }
      medicalInsurance { ...criterion }
      compulsoryEducation { ...criterion }
      safeHousing { ...criterion }
      safeDrinkingWater { ...criterion }
    } }
  }
  fragment criterion on ExitCriterion { key label verdict threshold source asOf evidence { label value personId } }`;
  type Criterion = { key: string; verdict: string; source: string; evidence: { label: string; value: string; personId: string | null }[] };
  type Assessment = Record<'income' | 'food' | 'clothing' | 'medicalInsurance' | 'compulsoryEducation' | 'safeHousing' | 'safeDrinkingWater', Criterion> & {
    year: number;
    verdict: string;
    criteria: { key: string; verdict: string; source: string }[];
  };
  let village: { code: string };
  let schoolId: string;
  let serial = 0;

  /** A man's resident ID (odd 17th digit) of the village's county for a birth date, unique in this run. */
  function residentId(birthDate: string): string {
    const first17 = `${village.code.slice(0, 6)}${birthDate.replaceAll('-', '')}${String(101 + 2 * (serial++ % 400)).padStart(3, '0')}`;
    return first17 + residentIdCheckChar(first17);
  }

  /** Registers a household of a head born 1980 and a child born 2010 (of compulsory-school age in 2019). */
  async function plantHousehold(): Promise<{ id: string; head: string; child: string }> {
    const member = (relation: string, birthDate: string) => ({
      name: '测试',
      gender: 'MALE',
      birthDate,
      residentId: residentId(birthDate),
      relation,
      labourCapacity: relation === 'HEAD' ? 'FULL' : 'NOT_APPLICABLE',
      healthStatus: 'HEALTHY',
    });
    const input = { villageCode: village.code, attribute: 'GENERAL', primaryCause: 'ILLNESS', identifiedYear: 2016, members: [member('HEAD', '1980-03-01'), member('CHILD', '2010-05-01')] };
    const { data, errors } = await graphql<{ registerHousehold: { id: string; members: { id: string }[] } }>(
      stack.gateway.url,
      'mutation($input: RegisterHouseholdInput!, $key: String!) { registerHousehold(input: $input, idempotencyKey: $key) { id members { id } } }',
      { input, key: randomUUID() },
      await tokenFor('department_staff', { department: 'registry' }),
    );
    expect(errors).toBeUndefined();
    const [head, child] = data!.registerHousehold.members.map((m) => m.id);
    return { id: data!.registerHousehold.id, head: head!, child: child! };
  }

  async function write(department: string, mutation: string, input: object): Promise<void> {
    const { errors } = await graphql(stack.gateway.url, mutation, { input, key: randomUUID() }, await tokenFor('department_staff', { department }));
    expect(errors).toBeUndefined();
  }
  const insure = (personId: string) =>
    write('healthcare', 'mutation($input: InsuranceEnrolmentInput!, $key: String!) { enrolInsurance(input: $input, idempotencyKey: $key) { id } }', {
      personId,
      year: 2019,
      basicMedical: true,
      criticalIllness: true,
      medicalAssistance: false,
    });
  const school = (personId: string, status: string) =>
    write('education', 'mutation($input: StudentEnrolmentInput!, $key: String!) { recordEnrolment(input: $input, idempotencyKey: $key) { id } }', {
      personId,
      schoolId,
      schoolYear: 2019,
      status,
      statusDate: status === 'ENROLLED' ? '2019-09-01' : '2019-10-15',
      ...(status === 'DROPPED_OUT' ? { note: '外出务工' } : {}),
    });

  async function assess(householdId: string, token = analyst): Promise<Assessment> {
    const { data, errors } = await graphql<{ household: { exitAssessment: Assessment } }>(stack.gateway.url, ASSESSMENT, { id: householdId, year: 2019 }, token);
    expect(errors).toBeUndefined();
    return data!.household.exitAssessment;
  }

  beforeAll(async () => {
    // A village whose water was safe by 2019, so that a household there can meet every criterion.
    const { data, errors } = await graphql<{ counties: { code: string; villages: { code: string; housing: { drinkingWater: { safe: boolean; securedYear: number | null } | null } }[] }[] }>(
      stack.gateway.url,
      '{ counties { code villages { code housing { drinkingWater { safe securedYear } } } } }',
      {},
      analyst,
    );
    expect(errors).toBeUndefined();
    const safe = data!.counties.flatMap((county) => county.villages).find(({ housing }) => housing.drinkingWater?.safe && (housing.drinkingWater.securedYear ?? 0) <= 2019)!;
    village = { code: safe.code };
    const schools = await graphql<{ schools: { id: string }[] }>(stack.gateway.url, `{ schools(countyCode: "${village.code.slice(0, 6)}", stage: PRIMARY) { id } }`, {}, analyst);
    schoolId = schools.data!.schools[0]!.id;
  });

  const registry = (mutation: string, variables: Record<string, unknown>) => tokenFor('department_staff', { department: 'registry' }).then((token) => graphql(stack.gateway.url, mutation, variables, token));
  const declare = (householdId: string, agriculture: number) =>
    registry('mutation($id: ID!, $input: DeclaredIncomeInput!) { recordIncome(householdId: $id, version: 1, input: $input) { version } }', {
      id: householdId,
      input: { year: 2019, agriculture, transfers: 0, other: 0 },
    });
  const visit = (householdId: string, food: boolean) =>
    registry('mutation($input: VerificationVisitInput!, $key: String!) { recordVerificationVisit(input: $input, idempotencyKey: $key) { id } }', {
      input: { householdId, year: 2019, visitedOn: '2019-11-28', food, clothing: true, satisfied: true },
      key: randomUUID(),
    });

  it('meets every criterion of 两不愁三保障 for a household above the line, fed and clothed, insured, at school and safely housed', async () => {
    const household = await plantHousehold();
    await insure(household.head);
    await insure(household.child);
    await school(household.child, 'ENROLLED');
    // 10,000 yuan for two: 5,000 a head, above 2019's 3,218.
    expect((await declare(household.id, 1_000_000)).errors).toBeUndefined();
    expect((await visit(household.id, true)).errors).toBeUndefined();
    const assessment = await assess(household.id);
    expect(assessment.income).toMatchObject({ key: 'INCOME', verdict: 'MET', source: 'registry', evidence: expect.arrayContaining([{ label: '人均纯收入', value: '5000.00元', personId: null }]) });
    expect(assessment.food).toMatchObject({ verdict: 'MET', source: 'registry' });
    expect(assessment.medicalInsurance).toMatchObject({ key: 'MEDICAL_INSURANCE', verdict: 'MET', source: 'healthcare', evidence: [{ label: '参保成员', value: '2/2' }] });
    expect(assessment.compulsoryEducation).toMatchObject({ key: 'COMPULSORY_EDUCATION', verdict: 'MET', source: 'education', evidence: [{ label: '在校适龄成员', value: '1/1' }] });
    expect(assessment.safeHousing).toMatchObject({ verdict: 'MET', source: 'housing', evidence: [{ label: '危房记录', value: '无' }] });
    expect(assessment.safeDrinkingWater).toMatchObject({ verdict: 'MET', source: 'housing' });
    expect(assessment.criteria.map((c) => [c.key, c.verdict, c.source])).toEqual([
      ['INCOME', 'MET', 'registry'],
      ['FOOD', 'MET', 'registry'],
      ['CLOTHING', 'MET', 'registry'],
      ['COMPULSORY_EDUCATION', 'MET', 'education'],
      ['MEDICAL_INSURANCE', 'MET', 'healthcare'],
      ['SAFE_HOUSING', 'MET', 'housing'],
      ['SAFE_DRINKING_WATER', 'MET', 'housing'],
    ]);
    expect(assessment.verdict).toBe('MET');
  });

  it('fails income below the line and food as the visit found it, and does not know either without a declaration or a visit', async () => {
    const poor = await plantHousehold();
    // 5,000 yuan for two: 2,500 a head, below 2019's 3,218.
    await declare(poor.id, 500_000);
    await visit(poor.id, false);
    const failing = await assess(poor.id);
    expect(failing.income).toMatchObject({ verdict: 'NOT_MET', evidence: expect.arrayContaining([{ label: '人均纯收入', value: '2500.00元', personId: null }]) });
    expect(failing.food.verdict).toBe('NOT_MET');
    expect(failing.verdict).toBe('NOT_MET');
    const unknown = await assess((await plantHousehold()).id);
    expect([unknown.income.verdict, unknown.food.verdict, unknown.clothing.verdict]).toEqual(['UNKNOWN', 'UNKNOWN', 'UNKNOWN']);
    expect(unknown.income.evidence).toEqual([{ label: '缺少', value: '当年收入核算', personId: null }]);
  });

  it('fails insurance for an uninsured member, does not know the schooling of a child with no enrolment, and fails an unfinished renovation', async () => {
    const household = await plantHousehold();
    await insure(household.head);
    await write('housing', 'mutation($input: RecordRenovationInput!, $key: String!) { recordRenovation(input: $input, idempotencyKey: $key) { id } }', {
      householdId: household.id,
      villageCode: village.code,
      grade: 'C',
      method: 'REPAIR',
      subsidy: 1_500_000,
    });
    const assessment = await assess(household.id);
    expect(assessment.medicalInsurance).toMatchObject({ verdict: 'NOT_MET', evidence: [{ value: '1/2' }, { label: '未参保成员', personId: household.child }] });
    expect(assessment.compulsoryEducation).toMatchObject({ verdict: 'UNKNOWN', evidence: [{ value: '0/1' }, { label: '无当学年学籍记录', personId: household.child }] });
    expect(assessment.safeHousing).toMatchObject({ verdict: 'NOT_MET', evidence: [{ label: '危房等级', value: 'C' }, { label: '改造完成', value: '未完成' }] });
  });

  it('fails compulsory education for a child who dropped out, and shows the reason', async () => {
    const household = await plantHousehold();
    await school(household.child, 'ENROLLED');
    await school(household.child, 'DROPPED_OUT');
    expect((await assess(household.id)).compulsoryEducation).toMatchObject({ verdict: 'NOT_MET', evidence: [{ value: '0/1' }, { label: '辍学', value: '外出务工', personId: household.child }] });
  });

  const CHANGE = /* GraphQL */ `mutation($id: ID!, $v: Int!, $input: StatusChangeInput!) { recordStatusChange(householdId: $id, version: $v, input: $input) { status version statusHistory { status reason override } } }`;
  type Changed = { recordStatusChange: { status: string; version: number; statusHistory: { status: string; reason: string; override: string | null }[] } };
  const change = (id: string, version: number, input: Record<string, unknown>) => registry(CHANGE, { id, v: version, input }) as Promise<GraphQLResponse<Changed>>;
  const exit = (id: string, override?: string) => change(id, 2, { status: 'EXITED', date: '2019-12-10', reason: '2019年度脱贫验收', ...(override ? { override } : {}) });

  it('checks an exit against the assessment: refused while a criterion is not met, naming it, and nothing written', async () => {
    const household = await plantHousehold();
    await change(household.id, 1, { status: 'BEING_HELPED', date: '2016-04-01', reason: '结对帮扶' });
    await insure(household.head);
    const refused = await exit(household.id, '已入户核实');
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'EXIT_CRITERIA_NOT_MET', failing: [{ key: 'MEDICAL_INSURANCE', label: '基本医疗有保障' }] });
    expect(refused.errors![0]!.message).toContain('基本医疗有保障');
    const { data } = await graphql<{ household: { status: string; version: number } }>(stack.gateway.url, `{ household(id: "${household.id}") { status version } }`, {}, analyst);
    expect(data!.household).toEqual({ status: 'BEING_HELPED', version: 2 });
  });

  it('lets a household meeting every criterion exit, and one with unknowns only with a reason the history keeps', async () => {
    const met = await plantHousehold();
    await declare(met.id, 1_000_000);
    await change(met.id, 2, { status: 'BEING_HELPED', date: '2016-04-01', reason: '结对帮扶' });
    await Promise.all([insure(met.head), insure(met.child), school(met.child, 'ENROLLED'), visit(met.id, true)]);
    const exited = await change(met.id, 3, { status: 'EXITED', date: '2019-12-10', reason: '2019年度脱贫验收' });
    expect(exited.errors).toBeUndefined();
    expect(exited.data!.recordStatusChange.status).toBe('EXITED');

    const unknown = await plantHousehold();
    await change(unknown.id, 1, { status: 'BEING_HELPED', date: '2016-04-01', reason: '结对帮扶' });
    await Promise.all([insure(unknown.head), insure(unknown.child)]);
    const needsReason = await exit(unknown.id);
    expect(needsReason.errors?.[0]?.extensions).toMatchObject({ code: 'EXIT_NEEDS_OVERRIDE', field: 'override' });
    expect((needsReason.errors![0]!.extensions!.unknown as { key: string }[]).map((u) => u.key)).toEqual(['INCOME', 'FOOD', 'CLOTHING', 'COMPULSORY_EDUCATION']);
    const overridden = await exit(unknown.id, '外出务工收入经乡镇核实，学籍在外省');
    expect(overridden.errors).toBeUndefined();
    expect(overridden.data!.recordStatusChange.statusHistory.at(-1)).toEqual({ status: 'EXITED', reason: '2019年度脱贫验收', override: '外出务工收入经乡镇核实，学籍在外省' });
  });

  it('refuses a year outside the campaign, and keeps the assessment from a county official of another county', async () => {
    const household = await plantHousehold();
    const early = await graphql(stack.gateway.url, ASSESSMENT, { id: household.id, year: 2009 }, analyst);
    expect(early.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'year' });
    const otherCounty = village.code.startsWith('410325') ? '410326' : '410325';
    const outsider = await graphql<{ household: unknown }>(stack.gateway.url, ASSESSMENT, { id: household.id, year: 2019 }, await tokenFor('county_official', { county: otherCounty }));
    expect(outsider.data?.household ?? null).toBeNull();
  });
});

describe('the county exit assessment (县摘帽), each domain judging the whole county in one read', () => {
  const COUNTY = /* GraphQL */ `query($code: ID!, $year: Int!) {
    county(code: $code) { exitAssessment(year: $year) {
      verdict
      criteria { key verdict threshold evidence { label value } }
      households { household { id } status verdict reasons { key verdict } }
    } }
  }`;
  type Row = { household: { id: string }; status: string; verdict: string; reasons: { key: string; verdict: string }[] };
  type CountyAssessment = { verdict: string; criteria: { key: string; verdict: string; evidence: { label: string; value: string }[] }[]; households: Row[] };

  it('gives every household the verdict its own assessment gives, and judges the county from them', async () => {
    const { data, errors } = await graphql<{ county: { exitAssessment: CountyAssessment } }>(stack.gateway.url, COUNTY, { code: '410326', year: 2019 }, analyst);
    expect(errors).toBeUndefined();
    const assessment = data!.county.exitAssessment;
    expect(assessment.households.length).toBeGreaterThan(10);
    expect(assessment.criteria.map((c) => c.key)).toEqual(['INCIDENCE', 'WRONG_EXIT_RATE', 'OMISSION_RATE', 'SATISFACTION', 'POVERTY_VILLAGES_EXITED']);
    const exited = assessment.households.filter((row) => ['EXITED', 'MONITORED'].includes(row.status));
    const wrongExits = exited.filter((row) => row.verdict === 'NOT_MET').length;
    expect(assessment.criteria.find((c) => c.key === 'WRONG_EXIT_RATE')!.evidence.slice(0, 2)).toEqual([
      { label: '未达标的脱贫户', value: String(wrongExits) },
      { label: '脱贫户', value: String(exited.length) },
    ]);
    // The county's rows and each household's own assessment agree, criterion by criterion.
    for (const row of assessment.households.slice(0, 12)) {
      const own = await graphql<{ household: { exitAssessment: { verdict: string; criteria: { key: string; verdict: string }[] } } }>(
        stack.gateway.url,
        'query($id: ID!) { household(id: $id) { exitAssessment(year: 2019) { verdict criteria { key verdict } } } }',
        { id: row.household.id },
        analyst,
      );
      expect(own.errors).toBeUndefined();
      expect(row.verdict, row.household.id).toBe(own.data!.household.exitAssessment.verdict);
      expect(row.reasons).toEqual(own.data!.household.exitAssessment.criteria.filter((c) => c.verdict !== 'MET'));
    }
  });

  it('narrows the list by verdict, by exit and by criterion', async () => {
    const query = `{ county(code: "410326") { exitAssessment(year: 2019) { all: households { verdict status reasons { key } } notMet: households(verdict: NOT_MET) { verdict } exited: households(exited: true) { status } water: households(criterion: SAFE_DRINKING_WATER) { reasons { key } } } } }`;
    const { data, errors } = await graphql<{ county: { exitAssessment: Record<string, { verdict: string; status: string; reasons: { key: string }[] }[]> } }>(stack.gateway.url, query, {}, analyst);
    expect(errors).toBeUndefined();
    const { all, notMet, exited, water } = data!.county.exitAssessment;
    expect(notMet!.length).toBe(all!.filter((row) => row.verdict === 'NOT_MET').length);
    expect(exited!.length).toBe(all!.filter((row) => ['EXITED', 'MONITORED'].includes(row.status)).length);
    expect(water!.length).toBe(all!.filter((row) => row.reasons.some((r) => r.key === 'SAFE_DRINKING_WATER')).length);
  });
});

describe('the data comparison (数据比对) of a county', () => {
  const COMPARISON = /* GraphQL */ `query($reason: ComparisonReason, $after: String, $first: Int = 500) {
    county(code: "410326") { exitAssessment(year: 2019) {
      comparison(reason: $reason, first: $first, after: $after) { totalCount endCursor candidates { reason householdId personId status household { id } evidence { label value personId } } }
    } }
  }`;
  type Candidate = { reason: string; householdId: string; personId: string | null; status: string | null; household: { id: string } | null; evidence: { label: string; value: string; personId: string | null }[] };
  type Comparison = { totalCount: number; endCursor: string | null; candidates: Candidate[] };
  const compare = async (variables: Record<string, unknown> = {}) => {
    const { data, errors } = await graphql<{ county: { exitAssessment: { comparison: Comparison } } }>(stack.gateway.url, COMPARISON, variables, analyst);
    expect(errors).toBeUndefined();
    return data!.county.exitAssessment.comparison;
  };
  const countyAssessment = async () => {
    const query = '{ county(code: "410326") { exitAssessment(year: 2019) { criteria { key evidence { value } } households(exited: true, verdict: NOT_MET) { household { id } } } } }';
    const { data, errors } = await graphql<{ county: { exitAssessment: { criteria: { key: string; evidence: { value: string }[] }[]; households: { household: { id: string } }[] } } }>(stack.gateway.url, query, {}, analyst);
    expect(errors).toBeUndefined();
    return data!.county.exitAssessment;
  };
  const omitted = async () => Number((await countyAssessment()).criteria.find((c) => c.key === 'OMISSION_RATE')!.evidence[0]!.value);

  it('finds exactly the omissions the seed planted outside the register, each an unrenovated grade-D house', async () => {
    const planted = plantedOmissions(generateWorld({ households: 300, seed: 7 }));
    const countyCode = planted[0]!.countyCode;
    const { data, errors } = await graphql<{ county: { exitAssessment: { comparison: Comparison } } }>(
      stack.gateway.url,
      'query($code: ID!) { county(code: $code) { exitAssessment(year: 2019) { comparison(reason: OMISSION) { totalCount endCursor candidates { reason householdId personId status household { id } evidence { label value personId } } } } } }',
      { code: countyCode },
      analyst,
    );
    expect(errors).toBeUndefined();
    const { candidates } = data!.county.exitAssessment.comparison;
    expect(candidates.map((c) => c.householdId)).toEqual(planted.filter((o) => o.countyCode === countyCode).map((o) => o.id).sort());
    expect(candidates.every((c) => c.household === null && c.evidence[0]!.label === '危房（housing）' && c.evidence[0]!.value.includes('危房等级 D'))).toBe(true);
  });

  it('lists as wrong exits exactly the exited households that fail a criterion', async () => {
    const wrongExits = await compare({ reason: 'WRONG_EXIT' });
    expect(wrongExits.candidates.map((c) => c.householdId)).toEqual((await countyAssessment()).households.map((row) => row.household.id));
    expect(wrongExits.candidates.every((c) => c.evidence.length > 0 && ['EXITED', 'MONITORED'].includes(c.status!))).toBe(true);
  });

  it('finds a dropout of a household the register does not know as an omission and an orphan record, and nothing else planted', async () => {
    const [before, omittedBefore] = [await compare(), await omitted()];
    const ghost = 'H4103261002019990';
    const { errors } = await graphql(
      stack.gateway.url,
      'mutation($input: StudentEnrolmentInput!, $key: String!) { recordEnrolment(input: $input, idempotencyKey: $key) { id } }',
      { input: { personId: `${ghost}-3`, schoolId: (await graphql<{ schools: { id: string }[] }>(stack.gateway.url, '{ schools(countyCode: "410326", stage: PRIMARY) { id } }', {}, analyst)).data!.schools[0]!.id, schoolYear: 2019, status: 'DROPPED_OUT', statusDate: '2019-10-08', note: '外出打工' }, key: randomUUID() },
      await tokenFor('department_staff', { department: 'education' }),
    );
    expect(errors).toBeUndefined();
    const after = await compare();
    const added = after.candidates.filter((c) => !before.candidates.some((b) => b.reason === c.reason && b.householdId === c.householdId && b.personId === c.personId));
    expect(added.map((c) => [c.reason, c.householdId, c.personId, c.household])).toEqual([
      ['OMISSION', ghost, null, null],
      ['ORPHAN_RECORD', ghost, `${ghost}-3`, null],
    ]);
    expect(added[0]!.evidence).toContainEqual({ label: '辍学（education）', value: '辍学 2019-10-08：外出打工', personId: `${ghost}-3` });
    expect(await omitted()).toBe(omittedBefore + 1);
  });

  it('pages the candidates with a cursor, and refuses a forged one', async () => {
    const { totalCount, endCursor, candidates } = await compare({ first: 1 });
    expect(totalCount).toBeGreaterThan(1);
    expect(candidates).toHaveLength(1);
    const next = await compare({ first: 1, after: endCursor });
    expect(next.candidates[0]).not.toEqual(candidates[0]);
    const forged = await graphql(stack.gateway.url, COMPARISON, { after: Buffer.from('{"offset":-5}').toString('base64url') }, analyst);
    expect(forged.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('the village exit assessment (村出列)', () => {
  it('judges each village from the records the subgraphs answer for it directly', async () => {
    const query = /* GraphQL */ `{ villages(countyCode: "410326") {
      code ruralPopulation
      exitAssessment(year: 2019) { verdict criteria { key verdict source } }
      housing { drinkingWater { safe securedYear } infrastructure { hardenedRoad busService gridUpgraded checkedYear } }
      health { clinic { standardized standardizedYear } }
      finance { collectiveIncome { year amount } }
    } }`;
    type Village = {
      code: string;
      exitAssessment: { verdict: string; criteria: { key: string; verdict: string; source: string }[] };
      housing: { drinkingWater: { safe: boolean; securedYear: number | null } | null; infrastructure: { hardenedRoad: boolean; busService: boolean; gridUpgraded: boolean; checkedYear: number } | null };
      health: { clinic: { standardized: boolean; standardizedYear: number | null } | null };
      finance: { collectiveIncome: { year: number; amount: number }[] };
    };
    const { data, errors } = await graphql<{ villages: Village[] }>(stack.gateway.url, query, {}, analyst);
    expect(errors).toBeUndefined();
    for (const village of data!.villages) {
      const verdictOf = (key: string) => village.exitAssessment.criteria.find((c) => c.key === key)!.verdict;
      const judge = (known: boolean, met: boolean) => (!known ? 'UNKNOWN' : met ? 'MET' : 'NOT_MET');
      expect(village.exitAssessment.criteria.map((c) => [c.key, c.source])).toEqual([
        ['INCIDENCE', 'registry'],
        ['SAFE_DRINKING_WATER', 'housing'],
        ['ROAD_AND_BUS', 'housing'],
        ['POWER', 'housing'],
        ['CLINIC', 'healthcare'],
        ['COLLECTIVE_INCOME', 'finance'],
      ]);
      const { drinkingWater: water, infrastructure: roads } = village.housing;
      expect(verdictOf('SAFE_DRINKING_WATER'), village.code).toBe(judge(water !== null, !!water?.safe && (water.securedYear ?? 0) <= 2019));
      const checked = roads !== null && roads.checkedYear <= 2019;
      expect(verdictOf('ROAD_AND_BUS'), village.code).toBe(judge(checked, !!roads?.hardenedRoad && !!roads.busService));
      expect(verdictOf('POWER'), village.code).toBe(judge(checked, !!roads?.gridUpgraded));
      const clinic = village.health.clinic;
      expect(verdictOf('CLINIC'), village.code).toBe(judge(clinic !== null, !!clinic?.standardized && (clinic.standardizedYear ?? 0) <= 2019));
      const income = village.finance.collectiveIncome.find((i) => i.year === 2019);
      expect(verdictOf('COLLECTIVE_INCOME'), village.code).toBe(judge(income !== undefined, (income?.amount ?? 0) >= 5_000_000));
      const verdicts = village.exitAssessment.criteria.map((c) => c.verdict);
      expect(village.exitAssessment.verdict).toBe(verdicts.includes('NOT_MET') ? 'NOT_MET' : verdicts.every((v) => v === 'MET') ? 'MET' : 'UNKNOWN');
    }
  });
});

describe('exports of the exit assessment and the comparison (CSV, XLSX)', () => {
  const download = (path: string, token?: string, purpose = '脱贫验收') =>
    fetch(new URL(path, stack.gateway.url), { headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), 'x-access-purpose': encodeURIComponent(purpose) } });

  it('opens in a spreadsheet with Chinese headers and every household of the county', async () => {
    const response = await download('/export/exit-assessment?county=410326&year=2019&format=xlsx', analyst);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toContain(encodeURIComponent('410326县2019年脱贫评估.xlsx'));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getRow(1).values).toEqual([undefined, '户编号', '户主', '村', '年末状态', '判定', '未达标或无法判定的指标', '依据']);
    const { data } = await graphql<{ county: { exitAssessment: { households: { household: { id: string }; verdict: string }[] } } }>(
      stack.gateway.url,
      '{ county(code: "410326") { exitAssessment(year: 2019) { households { household { id } verdict } } } }',
      {},
      analyst,
    );
    const households = data!.county.exitAssessment.households;
    expect(sheet.rowCount).toBe(households.length + 1);
    const labels: Record<string, string> = { MET: '达标', NOT_MET: '未达标', UNKNOWN: '无法判定' };
    expect(sheet.getRows(2, households.length)!.map((row) => [row.getCell(1).value, row.getCell(5).value])).toEqual(households.map((h) => [h.household.id, labels[h.verdict]]));
  });

  it('gives the comparison as CSV that reads back row for row', async () => {
    const response = await download('/export/comparison?county=410326&year=2019&format=csv', analyst);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/csv');
    // The byte-order mark that makes spreadsheet programs read the Chinese as UTF-8.
    const bytes = Buffer.from(await response.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parse(bytes.subarray(3).toString('utf8')) as string[][];
    expect(rows[0]).toEqual(['类型', '户编号', '户主', '人员编号', '登记状态', '依据']);
    const { data } = await graphql<{ county: { exitAssessment: { comparison: { totalCount: number } } } }>(
      stack.gateway.url,
      '{ county(code: "410326") { exitAssessment(year: 2019) { comparison { totalCount } } } }',
      {},
      analyst,
    );
    expect(rows).toHaveLength(data!.county.exitAssessment.comparison.totalCount + 1);
  });

  it('keeps the scope rules: 401 without a token, 403 for another county, 400 for bad parameters, each with a code and a Chinese message', async () => {
    const anonymous = await download('/export/exit-assessment?county=410326&year=2019');
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toMatchObject({ errors: [{ extensions: { code: 'UNAUTHENTICATED' }, message: expect.stringContaining('请先登录') }] });
    const outsider = await download('/export/exit-assessment?county=410326&year=2019', await tokenFor('county_official', { county: '410325' }));
    expect(outsider.status).toBe(403);
    expect(await outsider.json()).toMatchObject({ errors: [{ extensions: { code: 'FORBIDDEN' } }] });
    for (const path of ['/export/exit-assessment?county=41&year=2019', '/export/exit-assessment?county=410326&year=2009', '/export/exit-assessment?county=410326&year=2019&format=pdf']) {
      const bad = await download(path, analyst);
      expect(bad.status, path).toBe(400);
      expect(await bad.json()).toMatchObject({ errors: [{ extensions: { code: 'BAD_USER_INPUT' }, message: expect.stringContaining('参数有误') }] });
    }
    expect((await download('/export/nothing?county=410326&year=2019', analyst)).status).toBe(404);
  });
});
