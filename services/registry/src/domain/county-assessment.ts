import DataLoader from 'dataloader';
import { combinedVerdict, countyYearLoader, countyYearScope, groupBy, judged, requestLoaders, type ComparisonSignal, type ExitCriterion, type ExitEvidence, type ExitVerdict, type HouseholdCriterionKey, type HouseholdVerdict } from '@pas/subgraph-kit';
import {
  EXITED_STATUSES,
  POOR_STATUSES,
  Village,
  type CountyDoc,
  type ExitThresholdDoc,
  type ExitThresholdKey,
  type HouseholdDoc,
  type PovertyLineDoc,
  type StatusChangeDoc,
  type VillageDoc,
} from '../models/index.js';
import { incomeCriterion, visitCriterion } from './exit-assessment.js';
import { registerOf, visitDigest, type RegisterEntry, type VisitEntry } from './digests.js';

/**
 * What the domain subgraphs judge for a whole county, as the gateway passes it (@requires): wages
 * by household, and the households that do not meet each criterion; null when one could not.
 */
export interface CountyDomainLists {
  wageIncomes?: { householdId: string; amount: number }[] | null;
  medicalInsuranceUnmet?: HouseholdVerdict[] | null;
  compulsoryEducationUnmet?: HouseholdVerdict[] | null;
  safeHousingUnmet?: HouseholdVerdict[] | null;
  safeDrinkingWaterUnmet?: HouseholdVerdict[] | null;
}

/** What the domain subgraphs' records say about the county's households (数据比对), as the gateway passes it. */
export interface CountySignals {
  healthSignals?: ComparisonSignal[] | null;
  educationSignals?: ComparisonSignal[] | null;
  housingSignals?: ComparisonSignal[] | null;
  employmentSignals?: ComparisonSignal[] | null;
}

export interface CountyAssessmentParent extends CountyDomainLists, CountySignals {
  countyCode: string;
  year: number;
  county: CountyDoc;
}

type Status = StatusChangeDoc['status'];

/** Why one criterion of a household is not met, or cannot be judged. */
export interface ExitReasonRecord {
  key: HouseholdCriterionKey;
  verdict: ExitVerdict;
  evidence: ExitEvidence[];
}

/** One household's line in a county's assessment. */
export interface HouseholdExitRowRecord {
  household: RegisterEntry;
  status: Status;
  verdict: ExitVerdict;
  reasons: ExitReasonRecord[];
}

/** A status at the end of the year, by group. */
export const isExited = (status: Status | null) => (EXITED_STATUSES as readonly (Status | null)[]).includes(status);
export const isPoor = (status: Status | null) => (POOR_STATUSES as readonly (Status | null)[]).includes(status);

/** The household's status at the end of the year, from its history. */
export function statusAt(household: Pick<HouseholdDoc, 'statusHistory'>, year: number): Status | null {
  const end = Date.UTC(year, 11, 31, 23, 59, 59);
  return household.statusHistory.filter((change) => new Date(change.date).getTime() <= end).at(-1)?.status ?? null;
}

/** The households a county's assessment judges: registered by the end of the year and not removed by then. */
export function rosterFrom(register: RegisterEntry[], year: number): RegisterEntry[] {
  return register.filter((household) => {
    const status = household.identifiedYear <= year ? statusAt(household, year) : null;
    return status !== null && status !== 'REMOVED';
  });
}

const DOMAIN_LISTS: [Exclude<keyof CountyDomainLists, 'wageIncomes'>, HouseholdCriterionKey, string][] = [
  ['compulsoryEducationUnmet', 'COMPULSORY_EDUCATION', 'education'],
  ['medicalInsuranceUnmet', 'MEDICAL_INSURANCE', 'healthcare'],
  ['safeHousingUnmet', 'SAFE_HOUSING', 'housing'],
  ['safeDrinkingWaterUnmet', 'SAFE_DRINKING_WATER', 'housing'],
];

/** What the registry reads for a county's year, once per request (loadCounty). */
export interface CountyRecords {
  register: RegisterEntry[];
  line: PovertyLineDoc | null;
  /** The year's verification visits, oldest first. */
  visits: VisitEntry[];
}

/** Every household's verdict: the registry's own criteria judged here, the domains' taken from their lists. */
function householdRows(parent: CountyAssessmentParent, { register, line, visits }: CountyRecords): HouseholdExitRowRecord[] {
  const { year } = parent;
  const wages = parent.wageIncomes ? new Map(parent.wageIncomes.map((wage) => [wage.householdId, wage.amount])) : null;
  const visitsOf = groupBy(visits, (visit) => visit.householdId);
  const domain = DOMAIN_LISTS.map(([field, key, source]) => ({ key, source, verdicts: parent[field] ? new Map(parent[field].map((v) => [v.householdId, v])) : null }));
  return rosterFrom(register, year).map((household) => {
    const own = [
      incomeCriterion(household, year, wages ? (wages.get(household.id) ?? 0) : null, line),
      visitCriterion('FOOD', visitsOf.get(household.id) ?? [], year),
      visitCriterion('CLOTHING', visitsOf.get(household.id) ?? [], year),
    ];
    const judgedElsewhere = domain.map(({ key, source, verdicts }): ExitReasonRecord => {
      if (!verdicts) return { key, verdict: 'UNKNOWN', evidence: [{ label: '未能判定', value: `${source} 未提供` }] };
      const unmet = verdicts.get(household.id);
      return unmet ? { key, verdict: unmet.verdict, evidence: unmet.evidence } : { key, verdict: 'MET', evidence: [] };
    });
    const all: ExitReasonRecord[] = [...own.map(({ key, verdict, evidence }) => ({ key: key as HouseholdCriterionKey, verdict, evidence })), ...judgedElsewhere];
    return {
      household,
      status: statusAt(household, year)!,
      verdict: combinedVerdict(all.map((criterion) => criterion.verdict)),
      reasons: all.filter((criterion) => criterion.verdict !== 'MET'),
    };
  });
}

/** The county's records and its rows once per request, however many fields ask. */
export const loadCounty = requestLoaders({
  register: () => new DataLoader<string, RegisterEntry[]>(async (codes) => Promise.all(codes.map(registerOf))),
  visits: () => countyYearLoader(async ({ countyCode, year }) => (await visitDigest.read([countyYearScope(countyCode, year)])).sort((a, b) => a.visitedOn.getTime() - b.visitedOn.getTime())),
  povertyVillages: () => new DataLoader<string, VillageDoc[]>(async (codes) => Promise.all(codes.map((countyCode) => Village.find({ countyCode, povertyVillage: true }).lean<VillageDoc[]>().exec()))),
  rows: () =>
    new DataLoader<{ parent: CountyAssessmentParent; records: CountyRecords }, HouseholdExitRowRecord[], string>(async (keys) => keys.map(({ parent, records }) => householdRows(parent, records)), {
      cacheKeyFn: ({ parent }) => `${parent.countyCode}/${parent.year}`,
    }),
});

const percent = (part: number, whole: number) => (whole > 0 ? Math.round((part / whole) * 10_000) / 100 : 0);

export function threshold(thresholds: ExitThresholdDoc[], key: ExitThresholdKey): ExitThresholdDoc | null {
  return thresholds.find((t) => t.key === key) ?? null;
}

/** A rate judged against its threshold: under it (`below`) or at least it. */
export function rateCriterion(
  key: 'INCIDENCE' | 'WRONG_EXIT_RATE' | 'OMISSION_RATE' | 'SATISFACTION' | 'POVERTY_VILLAGES_EXITED',
  label: string,
  limit: ExitThresholdDoc | null,
  below: boolean,
  counts: { part: number; whole: number; partLabel: string; wholeLabel: string },
): ExitCriterion {
  const rate = percent(counts.part, counts.whole);
  const evidence = [
    { label: counts.partLabel, value: String(counts.part) },
    { label: counts.wholeLabel, value: String(counts.whole) },
    { label: '比率', value: `${rate}%` },
  ];
  if (!limit || counts.whole === 0) {
    return judged('registry', { key, label, verdict: 'UNKNOWN', threshold: limit ? `${below ? '低于' : '不低于'}${limit.value}%` : '阈值未录入', evidence });
  }
  const met = below ? rate < limit.value : rate >= limit.value;
  return judged('registry', { key, label, verdict: met ? 'MET' : 'NOT_MET', threshold: `${below ? '低于' : '不低于'}${limit.value}%（${limit.source}）`, evidence });
}

/** 县摘帽: incidence, wrong exits, omissions, satisfaction and poverty villages exited, each against its threshold. */
export function countyCriteria(
  parent: CountyAssessmentParent,
  rows: HouseholdExitRowRecord[],
  omissions: number,
  { thresholds, villages, visits }: { thresholds: ExitThresholdDoc[]; villages: VillageDoc[]; visits: VisitEntry[] },
): ExitCriterion[] {
  const { county, year } = parent;
  const poorPeople = rows.filter((row) => isPoor(row.status)).reduce((sum, row) => sum + row.household.memberCount, 0);
  const exited = rows.filter((row) => isExited(row.status));
  // The latest answer of each household visited.
  const answers = [...new Map(visits.filter((visit) => visit.satisfied != null).map((visit) => [visit.householdId, visit.satisfied!])).values()];
  return [
    rateCriterion('INCIDENCE', '贫困发生率', threshold(thresholds, 'COUNTY_INCIDENCE'), true, { part: poorPeople, whole: county.ruralPopulation, partLabel: '剩余贫困人口', wholeLabel: '农村人口' }),
    rateCriterion('WRONG_EXIT_RATE', '错退率', threshold(thresholds, 'WRONG_EXIT_RATE'), true, {
      part: exited.filter((row) => row.verdict === 'NOT_MET').length,
      whole: exited.length,
      partLabel: '未达标的脱贫户',
      wholeLabel: '脱贫户',
    }),
    rateCriterion('OMISSION_RATE', '漏评率', threshold(thresholds, 'OMISSION_RATE'), true, {
      part: omissions,
      whole: rows.length + omissions,
      partLabel: '疑似漏评户',
      wholeLabel: '建档立卡户与疑似漏评户',
    }),
    rateCriterion('SATISFACTION', '群众认可度', threshold(thresholds, 'SATISFACTION'), false, {
      part: answers.filter(Boolean).length,
      whole: answers.length,
      partLabel: '认可户',
      wholeLabel: '受访户',
    }),
    rateCriterion('POVERTY_VILLAGES_EXITED', '贫困村退出比例', threshold(thresholds, 'POVERTY_VILLAGES_EXITED'), false, {
      part: villages.filter((village) => village.exitYear != null && village.exitYear <= year).length,
      whole: villages.length,
      partLabel: '已退出贫困村',
      wholeLabel: '贫困村',
    }),
  ];
}
