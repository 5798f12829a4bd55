import { validateCampaignYear } from '@pas/register-rules';
import { badUserInput } from '@pas/platform';
import { combinedVerdict, decodeCursor, encodeCursor, pageSize, type SubgraphContext } from '@pas/subgraph-kit';
import { comparisonCandidates, omittedHouseholds } from '../domain/comparison.js';
import { countyCriteria, isExited, loadCounty, rosterFrom, type CountyAssessmentParent } from '../domain/county-assessment.js';
import { lineFor, schoolEntryYear } from '../domain/exit-assessment.js';
import { load } from '../domain/loaders.js';
import type { CountyExitAssessmentResolvers } from '../generated/resolvers-types.js';

async function rowsOf(parent: CountyAssessmentParent, ctx: SubgraphContext) {
  const { countyCode, year } = parent;
  const [register, lines, visits] = await Promise.all([loadCounty.register(ctx).load(countyCode), load.povertyLines(ctx).load('all'), loadCounty.visits(ctx).load({ countyCode, year })]);
  const records = { register, line: lineFor(lines, countyCode, year), visits };
  return { records, rows: await loadCounty.rows(ctx).load({ parent, records }) };
}

async function candidatesOf(parent: CountyAssessmentParent, ctx: SubgraphContext) {
  const { records, rows } = await rowsOf(parent, ctx);
  return { records, rows, candidates: comparisonCandidates(parent, records.register, rows) };
}

async function criteriaOf(parent: CountyAssessmentParent, ctx: SubgraphContext) {
  const [{ records, rows, candidates }, thresholds, villages] = await Promise.all([
    candidatesOf(parent, ctx),
    load.exitThresholds(ctx).load('all'),
    loadCounty.povertyVillages(ctx).load(parent.countyCode),
  ]);
  return countyCriteria(parent, rows, omittedHouseholds(candidates), { thresholds, villages, visits: records.visits });
}

export const CountyExitAssessment: CountyExitAssessmentResolvers = {
  __resolveReference: async (ref, ctx) => {
    const county = await load.county(ctx).load(ref.countyCode);
    return county && { ...ref, year: validateCampaignYear(ref.year, 'year'), county };
  },
  county: (assessment) => assessment.county,
  roster: async ({ countyCode, year }, _, ctx) =>
    rosterFrom(await loadCounty.register(ctx).load(countyCode), year).map((household) => ({
      id: household.id,
      members: household.members.map((member) => ({ id: member.id, birthYear: member.birthDate.getUTCFullYear(), schoolEntryYear: schoolEntryYear(member.birthDate) })),
    })),
  households: async (assessment, { verdict, exited, criterion }, ctx) =>
    (await rowsOf(assessment, ctx)).rows.filter(
      (row) =>
        (!verdict || row.verdict === verdict) &&
        (exited == null || isExited(row.status) === exited) &&
        (!criterion || row.reasons.some((reason) => reason.key === criterion)),
    ),
  criteria: (assessment, _, ctx) => criteriaOf(assessment, ctx),
  verdict: async (assessment, _, ctx) => combinedVerdict((await criteriaOf(assessment, ctx)).map((criterion) => criterion.verdict)),
  comparison: async (assessment, { reason, first, after }, ctx) => {
    const size = pageSize(first, { fallback: 50, max: 500 });
    const all = (await candidatesOf(assessment, ctx)).candidates.filter((candidate) => !reason || candidate.reason === reason);
    const start = after ? decodeCursor<{ offset: number }>(after, ['offset']).offset : 0;
    if (!Number.isInteger(start) || start < 0) throw badUserInput('Invalid cursor: pass back a cursor this API returned', { argument: 'after' });
    const page = all.slice(start, start + size);
    return { candidates: page, totalCount: all.length, endCursor: start + size < all.length ? encodeCursor({ offset: start + size }) : null };
  },
};
