import { validateCampaignYear } from '@pas/register-rules';
import { combinedVerdict } from '@pas/subgraph-kit';
import { countyCriteria, loadRows, rosterOf } from '../domain/county-assessment.js';
import { load } from '../domain/loaders.js';
import type { CountyExitAssessmentResolvers } from '../generated/resolvers-types.js';

const EXITED = ['EXITED', 'MONITORED'];

export const CountyExitAssessment: CountyExitAssessmentResolvers = {
  __resolveReference: async (ref, ctx) => {
    const county = await load.county(ctx).load(ref.countyCode);
    return county && { ...ref, year: validateCampaignYear(ref.year, 'year'), county };
  },
  county: (assessment) => assessment.county,
  roster: ({ countyCode, year }) => rosterOf(countyCode, year),
  households: async (assessment, { verdict, exited, criterion }, ctx) =>
    (await loadRows.rows(ctx).load(assessment)).filter(
      (row) =>
        (!verdict || row.verdict === verdict) &&
        (exited == null || EXITED.includes(row.status) === exited) &&
        (!criterion || row.reasons.some((reason) => reason.key === criterion)),
    ),
  criteria: async (assessment, _, ctx) => countyCriteria(assessment, await loadRows.rows(ctx).load(assessment)),
  verdict: async (assessment, _, ctx) => combinedVerdict((await countyCriteria(assessment, await loadRows.rows(ctx).load(assessment))).map((c) => c.verdict)),
};
