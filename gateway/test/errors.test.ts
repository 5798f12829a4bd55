import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { seed } from '@pas/seeds';
import { repoRoot } from '@pas/mongo-runtime';
import { SUBGRAPHS, TIMEOUT_HEADER } from '@pas/platform';
import { testDbName, tokenFor, type ServiceProcess } from '@pas/test-helpers';
import { startGateway, type RunningGateway } from '../src/gateway.js';
import { startSubgraphProcess } from './stack.js';

/** A department's server that answers as a test tells it to, and keeps the headers it received. */
function startFakeSubgraph(): Promise<{ url: string; reply: { status: number; type: string; body: string }; headers: http.IncomingHttpHeaders[]; close(): void }> {
  const fake = { url: '', reply: { status: 200, type: 'application/json', body: '{"data":{}}' }, headers: [] as http.IncomingHttpHeaders[], close: () => server.close() };
  const server = http.createServer((req, res) => {
    fake.headers.push(req.headers);
    req.resume().on('end', () => res.writeHead(fake.reply.status, { 'content-type': fake.reply.type }).end(fake.reply.body));
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      fake.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
      resolve(fake);
    }),
  );
}

const TIMEOUT_MS = 4_000;
const nowhere = 'http://127.0.0.1:9/graphql';
let registry: ServiceProcess;
let finance: ServiceProcess;
let fake: Awaited<ReturnType<typeof startFakeSubgraph>>;
let gateway: RunningGateway;
let staff: { registry: string; finance: string };

beforeAll(async () => {
  // The default, stated: a developer's shell may have it on.
  process.env.EXPOSE_STACKTRACES = 'false';
  await seed({ uri: inject('mongoUri'), households: 100, seed: 7, services: ['registry', 'finance'], dbPrefix: testDbName('') });
  [registry, finance] = await Promise.all([startSubgraphProcess('registry'), startSubgraphProcess('finance')]);
  fake = await startFakeSubgraph();
  const urls = { ...Object.fromEntries(SUBGRAPHS.map(({ name }) => [name, nowhere])), registry: registry.url, finance: finance.url, command: fake.url };
  gateway = await startGateway({ port: 0, subgraphUrls: urls, subgraphTimeoutMs: TIMEOUT_MS });
  staff = { registry: await tokenFor('department_staff', { department: 'registry' }), finance: await tokenFor('department_staff', { department: 'finance' }) };
}, 180_000);
afterAll(async () => {
  await gateway?.stop();
  fake?.close();
  await Promise.all([registry?.stop(), finance?.stop()]);
});

interface Answer {
  status: number;
  text: string;
  errors: { message: string; extensions?: Record<string, unknown> }[];
}

async function post(url: string, body: string | object, headers: Record<string, string> = {}): Promise<Answer> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true', 'x-access-purpose': 'test', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, text, errors: (JSON.parse(text) as { errors?: Answer['errors'] }).errors ?? [] };
}

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const withCode = (code: string, message?: string) =>
  expect.objectContaining({ ...(message ? { message: expect.stringContaining(message) } : {}), extensions: expect.objectContaining({ code }) });

/** What must never reach a caller: stack traces, source files, module paths, the subgraphs' addresses. */
function expectNothingInternal(answer: Answer): void {
  expect(answer.text).not.toMatch(/stacktrace|node_modules|file:\/\/|\.[cm]?[jt]s:\d+/);
  expect(answer.text).not.toContain(repoRoot);
  for (const subgraph of [registry, finance]) expect(answer.text).not.toContain(`:${subgraph.port}`);
  expect(answer.text).not.toContain(fake.url);
}

describe('a subgraph’s client error, through the gateway', () => {
  it.each([
    [
      'Date',
      'mutation ($input: StatusChangeInput!) { recordStatusChange(householdId: "H4103261002010001", version: 1, input: $input) { id } }',
      { input: { status: 'EXITED', date: '2019-02-30', reason: '验收' } },
      'registry' as const,
      'Date 2019-02-30 does not exist',
    ],
    [
      'ResidentId',
      'mutation ($patch: MemberPatch!) { updateMember(householdId: "H4103261002010001", personId: "H4103261002010001-1", version: 1, input: $patch) { id } }',
      { patch: { residentId: '110105194912310021' } },
      'registry' as const,
      'Invalid resident ID: check digit should be X',
    ],
    [
      'Money',
      'mutation ($input: GrantMicroloanInput!, $key: String!) { grantMicroloan(input: $input, idempotencyKey: $key) { id } }',
      {
        key: 'a1b2c3d4-test-money',
        input: { householdId: 'H4103261002010001', villageCode: '410326100201', amount: 12.5, bank: '农商行', termMonths: 12, grantedOn: '2019-05-01' },
      },
      'finance' as const,
      'Money must be a whole number of fen, got 12.5',
    ],
  ])('a bad %s variable is BAD_USER_INPUT with the subgraph’s own message, not "400: Bad Request"', async (_, query, variables, department, message) => {
    const answer = await post(gateway.url, { query, variables }, bearer(staff[department]));
    expect(answer.errors).toContainEqual(withCode('BAD_USER_INPUT', message));
    expect(answer.errors).toContainEqual(expect.objectContaining({ extensions: expect.objectContaining({ serviceName: department }) }));
    expect(answer.text).not.toContain('Bad Request');
    expectNothingInternal(answer);
  });

  it('keeps the code and message of a subgraph that refuses with an HTTP error status, without its URL or stack trace', async () => {
    fake.reply = {
      status: 403,
      type: 'application/json',
      body: JSON.stringify({ errors: [{ message: 'Only command staff may see this', extensions: { code: 'FORBIDDEN', stacktrace: ['GraphQLError: Only command staff', '    at resolve (/srv/command/src/query.ts:12:9)'] } }] }),
    };
    const answer = await post(gateway.url, { query: '{ headquarters { code } }' });
    expect(answer.errors).toEqual([{ message: 'Only command staff may see this', extensions: { code: 'FORBIDDEN', serviceName: 'command' } }]);
    expectNothingInternal(answer);
  });

  it('names the subgraph and the status when its error answer is not GraphQL, and shows nothing of it', async () => {
    fake.reply = { status: 502, type: 'text/html', body: '<html><body>Bad gateway at 10.0.3.7 (nginx/1.25)</body></html>' };
    const answer = await post(gateway.url, { query: '{ headquarters { code } }' });
    expect(answer.errors).toEqual([
      { message: 'The command subgraph answered with HTTP status 502', extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'command', status: 502 } },
    ]);
    expect(answer.text).not.toContain('nginx');
    expectNothingInternal(answer);
  });

  it('tells the subgraph how long it will wait for it', async () => {
    fake.headers.length = 0;
    fake.reply = { status: 200, type: 'application/json', body: '{"data":{"headquarters":[]}}' };
    await post(gateway.url, { query: '{ headquarters { code } }' });
    expect(fake.headers.map((h) => h[TIMEOUT_HEADER])).toEqual([String(TIMEOUT_MS)]);
  });
});

describe('a subgraph called directly', () => {
  it('refuses a query nested too deep, or with too many aliases, with QUERY_LIMIT_EXCEEDED as the gateway does', async () => {
    const levels = Array.from({ length: 8 }, () => 'villages { county {');
    const deep = await post(registry.url, { query: `{ counties { ${levels.join(' ')} code ${'} } '.repeat(8)} } }` });
    expect(deep.errors[0]?.extensions).toMatchObject({ code: 'QUERY_LIMIT_EXCEEDED', limit: 'depth' });
    const aliases = await post(registry.url, { query: `{ ${Array.from({ length: 30 }, (_, i) => `c${i}: counties { code }`).join(' ')} }` });
    expect(aliases.errors[0]?.extensions).toMatchObject({ code: 'QUERY_LIMIT_EXCEEDED', limit: 'aliases' });
  });

  it('answers a query within the limits', async () => {
    const answer = await post(registry.url, { query: `{ ${Array.from({ length: 5 }, (_, i) => `c${i}: counties { code villages { county { code } } }`).join(' ')} }` });
    expect(answer.errors).toEqual([]);
  });

  it('does no work for a caller whose time is up, and says so with DEADLINE_EXCEEDED', async () => {
    const answer = await post(registry.url, { query: '{ counties { code } }' }, { [TIMEOUT_HEADER]: '0' });
    expect(answer.errors).toEqual([expect.objectContaining({ extensions: { code: 'DEADLINE_EXCEEDED' } })]);
  });
});

describe('no answer carries a stack trace or a file path', () => {
  const deep = `{ counties { ${'villages { county { '.repeat(8)} code ${'} } '.repeat(8)} } }`;
  const cases: [string, () => string, string | object, () => Record<string, string>][] = [
    ['a syntax error, at the gateway', () => gateway.url, { query: '{ counties { code ' }, () => ({})],
    ['an unknown field, at the gateway', () => gateway.url, { query: '{ counties { nonsense } }' }, () => ({})],
    ['a query too deep, at the gateway', () => gateway.url, { query: deep }, () => ({})],
    ['a forged token, at the gateway', () => gateway.url, { query: '{ counties { code } }' }, () => bearer('eyJhbGciOiJIUzI1NiJ9.e30.forged')],
    ['a body that is not JSON, at the gateway', () => gateway.url, '{"query": ', () => ({})],
    ['a subgraph that is down, at the gateway', () => gateway.url, { query: '{ households(first: 1) { edges { node { id employment { __typename } } } } }' }, () => bearer(staff.registry)],
    ['a syntax error, at a subgraph', () => registry.url, { query: '{ counties { code ' }, () => ({})],
    [
      'a bad variable, at a subgraph',
      () => registry.url,
      { query: 'mutation ($input: StatusChangeInput!) { recordStatusChange(householdId: "H1", version: 1, input: $input) { id } }', variables: { input: { status: 'EXITED', date: 'soon', reason: 'x' } } },
      () => ({}),
    ],
    ['a query too deep, at a subgraph', () => registry.url, { query: deep }, () => ({})],
    ['a forged token, at a subgraph', () => registry.url, { query: '{ counties { code } }' }, () => bearer('eyJhbGciOiJIUzI1NiJ9.e30.forged')],
    ['an anonymous _entities call, at a subgraph', () => registry.url, { query: '{ _entities(representations: [{ __typename: "Household", id: "H4103261002010001" }]) { ... on Household { id } } }' }, () => ({})],
    ['a body that is not JSON, at a subgraph', () => registry.url, '{"query": ', () => ({})],
  ];
  it.each(cases)('%s', async (_, url, body, headers) => {
    const answer = await post(url(), body, headers());
    expect(answer.errors.length).toBeGreaterThan(0);
    for (const error of answer.errors) expect(error.extensions?.code).toEqual(expect.any(String));
    expectNothingInternal(answer);
  });
});
