import DataLoader from 'dataloader';
import { groupBy, judged, requestLoaders, type ExitCriterion, type VillageAssessmentRef } from '@pas/subgraph-kit';
import { type ExitThresholdDoc, type HouseholdDoc, type VillageDoc } from '../models/index.js';
import { registerDigest } from './digests.js';
import { isPoor, rateCriterion, statusAt } from './county-assessment.js';

/** A village's assessment as the registry resolves it, with what the gateway passed (@requires). */
export interface VillageAssessmentParent extends VillageAssessmentRef {
  village: VillageDoc;
  safeDrinkingWater?: ExitCriterion | null;
  roadAndBus?: ExitCriterion | null;
  power?: ExitCriterion | null;
  clinic?: ExitCriterion | null;
  collectiveIncome?: number | null;
}

/** What a village's incidence reads of each household: its status history and its size. */
type VillageEntry = Pick<HouseholdDoc, 'villageCode' | 'identifiedYear' | 'statusHistory' | 'memberCount'>;

/** The households of many villages (a county's list of villages) in one read. */
export const loadVillages = requestLoaders({
  households: () =>
    new DataLoader<string, VillageEntry[]>(async (codes) => {
      const entries: VillageEntry[] = await registerDigest.read([...codes]);
      const byVillage = groupBy(entries, (entry) => entry.villageCode);
      return codes.map((code) => byVillage.get(code) ?? []);
    }),
});

/** 贫困发生率 of a village at the end of the year: its households then poor, by head, over its rural population. */
export function villageIncidence(village: VillageDoc, households: VillageEntry[], year: number, limit: ExitThresholdDoc | null): ExitCriterion {
  const poorPeople = households.filter((household) => household.identifiedYear <= year && isPoor(statusAt(household, year))).reduce((sum, household) => sum + household.memberCount, 0);
  return rateCriterion('INCIDENCE', '贫困发生率', limit, true, { part: poorPeople, whole: village.ruralPopulation, partLabel: '剩余贫困人口', wholeLabel: '农村人口' });
}

/** 村集体经济收入 of the year against the threshold (yuan); UNKNOWN when finance recorded none. */
export function collectiveIncomeCriterion(amount: number | null | undefined, limit: ExitThresholdDoc | null): ExitCriterion {
  const rule = { key: 'COLLECTIVE_INCOME', label: '村集体经济收入', threshold: limit ? `不低于${limit.value}元（${limit.source}）` : '阈值未录入' } as const;
  if (amount == null || !limit) return judged('finance', { ...rule, verdict: 'UNKNOWN', evidence: [{ label: '集体经济收入', value: amount == null ? '当年无记录' : `${amount / 100}元` }] });
  return judged('finance', { ...rule, verdict: amount >= limit.value * 100 ? 'MET' : 'NOT_MET', evidence: [{ label: '集体经济收入', value: `${(amount / 100).toFixed(2)}元` }] });
}

const unjudged = (key: ExitCriterion['key'], label: string, source: string): ExitCriterion =>
  judged(source, { key, label, verdict: 'UNKNOWN', threshold: '—', evidence: [{ label: '未能判定', value: `${source} 未提供` }] });

/** 村出列 criteria in order; one no subgraph judged is UNKNOWN. */
export function villageCriteria(parent: VillageAssessmentParent, incidence: ExitCriterion, limit: ExitThresholdDoc | null): ExitCriterion[] {
  return [
    incidence,
    parent.safeDrinkingWater ? { ...parent.safeDrinkingWater, key: 'SAFE_DRINKING_WATER' } : unjudged('SAFE_DRINKING_WATER', '饮水安全有保障', 'housing'),
    parent.roadAndBus ? { ...parent.roadAndBus, key: 'ROAD_AND_BUS' } : unjudged('ROAD_AND_BUS', '通硬化路、通客车', 'housing'),
    parent.power ? { ...parent.power, key: 'POWER' } : unjudged('POWER', '农网改造', 'housing'),
    parent.clinic ? { ...parent.clinic, key: 'CLINIC' } : unjudged('CLINIC', '标准化村卫生室', 'healthcare'),
    collectiveIncomeCriterion(parent.collectiveIncome, limit),
  ];
}
