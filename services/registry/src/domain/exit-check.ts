import { graphqlError } from '@pas/platform';
import type { SubgraphContext } from '@pas/subgraph-kit';

const ASSESSMENT = /* GraphQL */ `query ExitCheck($id: ID!, $year: Int!) {
  household(id: $id) { exitAssessment(year: $year) { criteria { key label verdict evidence { label value } } } }
}`;

interface Criterion {
  key: string;
  label: string;
  verdict: 'MET' | 'NOT_MET' | 'UNKNOWN';
  evidence: { label: string; value: string }[];
}

const PURPOSE = '脱贫退出核验';
const TIMEOUT_MS = 8_000;

/** The household's assessment read through the graph (GRAPH_URL, the gateway) with the caller's own token. */
async function assessmentOf(householdId: string, year: number, ctx: SubgraphContext): Promise<Criterion[]> {
  const url = process.env.GRAPH_URL;
  const unavailable = (why: string) => graphqlError('EXIT_CHECK_UNAVAILABLE', `The exit could not be checked against the household's assessment: ${why}. Nothing was written.`);
  if (!url) throw unavailable('GRAPH_URL (the gateway) is not set for the registry');
  let body: { data?: { household: { exitAssessment: { criteria: Criterion[] } } | null }; errors?: { message: string }[] };
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(ctx.authorization ? { authorization: ctx.authorization } : {}),
        'x-access-purpose': encodeURIComponent(ctx.purpose ?? PURPOSE),
        'x-request-id': ctx.requestId,
      },
      body: JSON.stringify({ query: ASSESSMENT, variables: { id: householdId, year } }),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    body = (await response.json()) as typeof body;
  } catch (error) {
    throw unavailable((error as Error).message);
  }
  const criteria = body.data?.household?.exitAssessment.criteria;
  if (!criteria) throw unavailable(body.errors?.[0]?.message ?? 'no assessment returned');
  return criteria;
}

/**
 * 退出核验: an exit the year's assessment supports. Any criterion NOT_MET refuses it; any UNKNOWN
 * needs an override, which the history keeps.
 */
export async function assertExitSupported(householdId: string, year: number, override: string | null, ctx: SubgraphContext): Promise<void> {
  const criteria = await assessmentOf(householdId, year, ctx);
  const failing = criteria.filter((criterion) => criterion.verdict === 'NOT_MET');
  if (failing.length > 0) {
    throw graphqlError('EXIT_CRITERIA_NOT_MET', `未达到退出标准：${failing.map((c) => c.label).join('、')}`, {
      field: 'status',
      failing: failing.map(({ key, label, evidence }) => ({ key, label, evidence })),
    });
  }
  const unknown = criteria.filter((criterion) => criterion.verdict === 'UNKNOWN');
  if (unknown.length > 0 && !override) {
    throw graphqlError('EXIT_NEEDS_OVERRIDE', `以下指标无法判定，需说明理由（override）后方可退出：${unknown.map((c) => c.label).join('、')}`, {
      field: 'override',
      unknown: unknown.map(({ key, label, evidence }) => ({ key, label, evidence })),
    });
  }
}
