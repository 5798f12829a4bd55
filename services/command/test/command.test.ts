import mongoose from 'mongoose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql, startTestSubgraph, tokenFor } from '@pas/test-helpers';
import { Rng } from '@pas/seed-kit';
import type { RunningSubgraph } from '@pas/subgraph-kit';
import { Department, Headquarters, Inspection, RectificationIssue, TaskLedgerEntry } from '../src/models/index.js';
import { resolvers } from '../src/resolvers/index.js';
import { seedModule } from '../src/seed/index.js';
import { buildRegionWorld } from '@pas/test-helpers';

let subgraph: RunningSubgraph;

const HQ_CODES = [
  'INDUSTRY', 'EMPLOYMENT', 'FINANCE', 'ECOLOGY',
  'HEALTH', 'EDUCATION', 'DISABILITY', 'RELOCATION', 'HOUSING_SAFETY', 'INFRASTRUCTURE',
  'SOCIAL_SECURITY', 'SOCIAL_AID', 'MOTIVATION', 'SUPERVISION',
];

function issue(id: string, countyCode: string, status: 'OPEN' | 'RECTIFIED', version: number) {
  return {
    id,
    inspectionId: `IN-${countyCode}-01`,
    countyCode,
    headquartersCode: 'HEALTH',
    description: '慢性病患者应办未办慢性病卡',
    status,
    deadline: new Date('2018-12-31'),
    rectifiedOn: null,
    rectifiedBy: null,
    version,
  };
}

beforeAll(async () => {
  subgraph = await startTestSubgraph({ name: 'command', resolvers });
  const seed = seedModule.generate(buildRegionWorld({ counties: ['410326'], villages: 1, households: 1, scale: 0.01 }), new Rng(1));
  await Department.insertMany(seed.departments!);
  await Headquarters.insertMany(seed.headquarters!);
  await TaskLedgerEntry.insertMany(seed.taskLedgerEntries!);
  await Inspection.insertMany(
    ['410326', '410325'].map((countyCode) => ({
      id: `IN-${countyCode}-01`,
      method: 'FOUR_NO_TWO_DIRECT',
      countyCode,
      campaign: '回头看大整改',
      date: new Date('2018-10-20'),
      findingsCount: 1,
    })),
  );
  await RectificationIssue.insertMany([
    issue('RI-410326-01-1', '410326', 'OPEN', 1),
    issue('RI-410326-01-2', '410326', 'OPEN', 2),
    issue('RI-410326-01-3', '410326', 'RECTIFIED', 2),
    issue('RI-410326-01-4', '410326', 'OPEN', 1),
    issue('RI-410325-01-1', '410325', 'OPEN', 1),
  ]);
});
afterAll(() => subgraph?.stop());

const CLOSE = /* GraphQL */ `
  mutation Close($id: ID!, $version: Int!) {
    closeRectificationIssue(id: $id, version: $version) { id status version rectifiedBy rectifiedOn headquarters { name } }
  }
`;

interface HeadquartersView {
  code: string;
  name: string;
  category: string;
  leadDepartment: { name: string; domain: string | null };
  memberDepartments: { name: string }[];
}

describe('command subgraph', () => {
  it('lists the 14 headquarters of its seed data: 四场硬仗, 六大行动 and 四项保障 in the city’s order', async () => {
    const { data, errors } = await graphql<{ headquarters: HeadquartersView[] }>(
      subgraph.url,
      `{ headquarters { code name category leadDepartment { name domain } memberDepartments { name } } }`,
    );
    expect(errors).toBeUndefined();
    expect(data!.headquarters.map((hq) => hq.code)).toEqual(HQ_CODES);
    const categories = data!.headquarters.map((hq) => hq.category);
    expect(categories.filter((c) => c === 'FOUR_BATTLES')).toHaveLength(4);
    expect(categories.filter((c) => c === 'SIX_ACTIONS')).toHaveLength(6);
    expect(categories.filter((c) => c === 'FOUR_GUARANTEES')).toHaveLength(4);
    expect(data!.headquarters[1]).toMatchObject({ name: '就业创业扶贫', leadDepartment: { name: '市人社局', domain: 'employment' } });
  });

  it('has 市人社局 lead 就业创业扶贫 and sit in the 健康扶贫, 教育扶贫, 扶贫助残 and 易地搬迁 headquarters', async () => {
    const { data } = await graphql<{ headquarters: HeadquartersView[] }>(
      subgraph.url,
      `{ headquarters { code name category leadDepartment { name domain } memberDepartments { name } } }`,
    );
    const sixActionsWithHrss = data!.headquarters
      .filter((hq) => hq.category === 'SIX_ACTIONS' && hq.memberDepartments.some((d) => d.name === '市人社局'))
      .map((hq) => hq.name);
    expect(sixActionsWithHrss).toEqual(['健康扶贫', '教育扶贫', '扶贫助残', '易地搬迁']);
  });

  it('resolves the 14 headquarters through _entities with one query per collection', async () => {
    const calls: string[] = [];
    mongoose.set('debug', (collection: string) => calls.push(collection));
    const { data, errors } = await graphql<{ _entities: { code: string }[] }>(
      subgraph.url,
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Headquarters { code name leadDepartment { name } memberDepartments { code } } } }`,
      { r: HQ_CODES.map((code) => ({ __typename: 'Headquarters', code })) },
    );
    mongoose.set('debug', false);
    expect(errors).toBeUndefined();
    expect(data!._entities.map((e) => e.code)).toEqual(HQ_CODES);
    expect(calls.sort()).toEqual(['departments', 'headquarters']);
  });

  it("shows a headquarters' task ledger by due date", async () => {
    const { data } = await graphql<{ headquartersByCode: { tasks: { task: string; dueDate: string; ownerDepartment: { name: string } }[] } }>(
      subgraph.url,
      `{ headquartersByCode(code: "EMPLOYMENT") { tasks { task dueDate status ownerDepartment { name } } } }`,
    );
    const tasks = data!.headquartersByCode.tasks;
    expect(tasks.map((t) => t.task).sort()).toEqual(['公益性岗位开发与工资发放', '贫困劳动力转移就业']);
    expect([...tasks.map((t) => t.dueDate)].sort()).toEqual(tasks.map((t) => t.dueDate));
    expect(tasks.find((t) => t.task === '贫困劳动力转移就业')!.ownerDepartment.name).toBe('市人社局');
  });

  it('keeps a county official to the inspections and rectification issues of their own county', async () => {
    const token = await tokenFor('county_official', { county: '410325' });
    const own = await graphql<{ inspections: { countyCode: string }[]; rectificationIssues: { countyCode: string }[] }>(
      subgraph.url,
      `{ inspections { countyCode issues { id } } rectificationIssues { countyCode } }`,
      {},
      token,
    );
    expect(own.data!.inspections.map((i) => i.countyCode)).toEqual(['410325']);
    expect(own.data!.rectificationIssues.map((i) => i.countyCode)).toEqual(['410325']);
    const other = await graphql(subgraph.url, `{ inspections(countyCode: "410326") { id } }`, {}, token);
    expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('closes an open rectification issue as rectified, recording who closed it and a new version', async () => {
    const token = await tokenFor('department_staff', { department: 'command' });
    const { data, errors } = await graphql<{ closeRectificationIssue: Record<string, unknown> }>(subgraph.url, CLOSE, { id: 'RI-410326-01-1', version: 1 }, token);
    expect(errors).toBeUndefined();
    expect(data!.closeRectificationIssue).toMatchObject({ status: 'RECTIFIED', version: 2, rectifiedBy: 'test-department_staff', headquarters: { name: '健康扶贫' } });
    expect(data!.closeRectificationIssue.rectifiedOn).toEqual(expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/));
  });

  it('refuses to close a rectification issue with a stale version', async () => {
    const token = await tokenFor('department_staff', { department: 'command' });
    const { errors } = await graphql(subgraph.url, CLOSE, { id: 'RI-410326-01-2', version: 1 }, token);
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
    expect(await RectificationIssue.findOne({ id: 'RI-410326-01-2' }).lean()).toMatchObject({ status: 'OPEN', version: 2 });
  });

  it('of 16 inspectors closing the same issue from the same read, exactly one succeeds and 15 get CONFLICT', async () => {
    await RectificationIssue.create(issue('RI-410326-01-9', '410326', 'OPEN', 1));
    const token = await tokenFor('department_staff', { department: 'command' });
    const responses = await Promise.all(Array.from({ length: 16 }, () => graphql(subgraph.url, CLOSE, { id: 'RI-410326-01-9', version: 1 }, token)));
    expect(responses.filter((r) => !r.errors)).toHaveLength(1);
    expect(responses.filter((r) => r.errors?.[0]?.extensions?.code === 'CONFLICT')).toHaveLength(15);
    expect(await RectificationIssue.findOne({ id: 'RI-410326-01-9' }).lean()).toMatchObject({ status: 'RECTIFIED', version: 2 });
  });

  it('refuses to close a rectification issue that is already rectified', async () => {
    const token = await tokenFor('department_staff', { department: 'command' });
    const { errors } = await graphql(subgraph.url, CLOSE, { id: 'RI-410326-01-3', version: 2 }, token);
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', status: 'RECTIFIED' });
  });

  it('refuses a version that is not a positive number, and an issue that does not exist', async () => {
    const token = await tokenFor('department_staff', { department: 'command' });
    const zero = await graphql(subgraph.url, CLOSE, { id: 'RI-410326-01-4', version: 0 }, token);
    expect(zero.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const missing = await graphql(subgraph.url, CLOSE, { id: 'RI-nowhere', version: 1 }, token);
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(await RectificationIssue.findOne({ id: 'RI-410326-01-4' }).lean()).toMatchObject({ status: 'OPEN', version: 1 });
  });

  it('lets only command staff close a rectification issue', async () => {
    for (const token of [await tokenFor('county_official', { county: '410326' }), await tokenFor('inspector'), await tokenFor('department_staff', { department: 'housing' })]) {
      const { errors } = await graphql(subgraph.url, CLOSE, { id: 'RI-410326-01-4', version: 1 }, token);
      expect(errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
  });
});
