import { judged, type CountyAssessmentRef, type ExitCriterion } from '@pas/subgraph-kit';
import type { HouseRenovationDoc, RelocationDoc, VillageDrinkingWaterDoc, VillageInfrastructureDoc } from '../models/index.js';

/** A county's assessment as the gateway passes it: its key, and the households the registry judges (@requires). */
export interface CountyAssessmentWithRoster extends CountyAssessmentRef {
  roster?: { id: string }[];
}

const SAFE_HOUSING = { key: 'SAFE_HOUSING', label: '住房安全有保障', threshold: '无C/D级危房，或危房已改造、搬迁户已入住' } as const;

/** 住房安全有保障 at the end of `year`, from the household's relocation and renovation cases. */
export function safeHousingCriterion(relocation: RelocationDoc | null, renovation: HouseRenovationDoc | null, year: number): ExitCriterion {
  if (relocation && relocation.year <= year) {
    const evidence = [{ label: '易地扶贫搬迁', value: `${relocation.year}年，${relocation.movedIn ? '已入住' : '未入住'}` }];
    if (relocation.movedIn) return judged('housing', { ...SAFE_HOUSING, verdict: 'MET', evidence });
    if (!renovation) return judged('housing', { ...SAFE_HOUSING, verdict: 'NOT_MET', evidence });
  }
  if (!renovation) return judged('housing', { ...SAFE_HOUSING, verdict: 'MET', evidence: [{ label: '危房记录', value: '无' }] });
  const renovated = renovation.completedYear != null && renovation.completedYear <= year;
  return judged('housing', {
    ...SAFE_HOUSING,
    verdict: renovated ? 'MET' : 'NOT_MET',
    evidence: [
      { label: '危房等级', value: renovation.grade },
      { label: '改造完成', value: renovated ? `${renovation.completedYear}年` : '未完成' },
    ],
  });
}

/** 饮水安全有保障 in `year`: the village's water assessed safe, secured by that year. */
export function safeDrinkingWaterCriterion(water: VillageDrinkingWaterDoc | null, year: number): ExitCriterion {
  const rule = { key: 'SAFE_DRINKING_WATER', label: '饮水安全有保障', threshold: '所在村饮水经评估安全，且安全饮水工程已在当年或之前完成' } as const;
  if (!water) return judged('housing', { ...rule, verdict: 'UNKNOWN', evidence: [{ label: '村饮水评估', value: '无记录' }] });
  const secured = water.safe && (water.securedYear == null || water.securedYear <= year);
  return judged('housing', {
    ...rule,
    verdict: secured ? 'MET' : 'NOT_MET',
    evidence: [
      { label: '饮水安全', value: water.safe ? '是' : '否' },
      { label: '水源', value: water.source },
      ...(water.securedYear == null ? [] : [{ label: '保障年份', value: String(water.securedYear) }]),
    ],
  });
}

/** 通硬化路、通客车 or 农网改造 of a village, from its infrastructure as checked by the year. */
export function infrastructureCriterion(key: 'ROAD_AND_BUS' | 'POWER', infrastructure: VillageInfrastructureDoc | null, year: number): ExitCriterion {
  const rule = key === 'ROAD_AND_BUS' ? { key, label: '通硬化路、通客车', threshold: '村通硬化路且通客车' } : { key, label: '农网改造', threshold: '完成农村电网改造' };
  if (!infrastructure || infrastructure.checkedYear > year) return judged('housing', { ...rule, verdict: 'UNKNOWN', evidence: [{ label: '基础设施核查', value: `${year}年前无记录` }] });
  const met = key === 'ROAD_AND_BUS' ? infrastructure.hardenedRoad && infrastructure.busService : infrastructure.gridUpgraded;
  const evidence =
    key === 'ROAD_AND_BUS'
      ? [{ label: '硬化路', value: infrastructure.hardenedRoad ? '是' : '否' }, { label: '客车', value: infrastructure.busService ? '是' : '否' }]
      : [{ label: '农网改造', value: infrastructure.gridUpgraded ? '是' : '否' }];
  return judged('housing', { ...rule, verdict: met ? 'MET' : 'NOT_MET', evidence: [...evidence, { label: '核查年份', value: String(infrastructure.checkedYear) }] });
}
