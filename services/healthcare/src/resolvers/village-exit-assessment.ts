import { assessmentReference, judged } from '@pas/subgraph-kit';
import { load } from '../domain/loaders.js';
import type { VillageExitAssessmentResolvers } from '../generated/resolvers-types.js';

export const VillageExitAssessment: VillageExitAssessmentResolvers = {
  __resolveReference: assessmentReference,
  clinic: async ({ villageCode, year }, _, ctx) => {
    const clinic = await load.clinic(ctx).load(villageCode);
    const rule = { key: 'CLINIC', label: '标准化村卫生室', threshold: '村卫生室当年或之前达到标准化' } as const;
    if (!clinic) return judged('healthcare', { ...rule, verdict: 'UNKNOWN', evidence: [{ label: '村卫生室', value: '无记录' }] });
    const met = clinic.standardized && (clinic.standardizedYear == null || clinic.standardizedYear <= year);
    return judged('healthcare', {
      ...rule,
      verdict: met ? 'MET' : 'NOT_MET',
      evidence: [
        { label: '卫生室', value: clinic.name },
        { label: '标准化', value: clinic.standardized ? (clinic.standardizedYear ? `${clinic.standardizedYear}年达标` : '是') : '否' },
        { label: '面积', value: `${clinic.areaM2}平方米` },
      ],
    });
  },
};
