import { validateCampaignYear } from '@pas/register-rules';
import { groupBy } from '../group-by.js';

/** The exit standard's vocabulary (exit-criterion.graphql) as the subgraphs build it. */
export type HouseholdCriterionKey = 'INCOME' | 'FOOD' | 'CLOTHING' | 'COMPULSORY_EDUCATION' | 'MEDICAL_INSURANCE' | 'SAFE_HOUSING' | 'SAFE_DRINKING_WATER';
export type ExitCriterionKey =
  | HouseholdCriterionKey
  | 'INCIDENCE'
  | 'WRONG_EXIT_RATE'
  | 'OMISSION_RATE'
  | 'SATISFACTION'
  | 'POVERTY_VILLAGES_EXITED'
  | 'ROAD_AND_BUS'
  | 'POWER'
  | 'CLINIC'
  | 'COLLECTIVE_INCOME';
export type ExitVerdict = 'MET' | 'NOT_MET' | 'UNKNOWN';

/** Short Chinese names of a household's criteria, as lists and spreadsheets show them. */
export const HOUSEHOLD_CRITERION_LABELS: Record<HouseholdCriterionKey, string> = {
  INCOME: '收入',
  FOOD: '不愁吃',
  CLOTHING: '不愁穿',
  COMPULSORY_EDUCATION: '义务教育',
  MEDICAL_INSURANCE: '基本医疗',
  SAFE_HOUSING: '住房安全',
  SAFE_DRINKING_WATER: '饮水安全',
};

export interface ExitEvidence {
  label: string;
  value: string;
  personId?: string | null;
}

export interface ExitCriterion {
  key: ExitCriterionKey;
  label: string;
  verdict: ExitVerdict;
  threshold: string;
  evidence: ExitEvidence[];
  source: string;
  asOf: Date;
}

/** A criterion judged now by `source`. */
export function judged(source: string, criterion: Omit<ExitCriterion, 'source' | 'asOf'>): ExitCriterion {
  return { ...criterion, source, asOf: new Date() };
}

/** One verdict of many: NOT_MET when any fails, else UNKNOWN when any is unknown (or missing), else MET. */
export function combinedVerdict(verdicts: readonly (ExitVerdict | null | undefined)[]): ExitVerdict {
  if (verdicts.includes('NOT_MET')) return 'NOT_MET';
  return verdicts.every((verdict) => verdict === 'MET') ? 'MET' : 'UNKNOWN';
}

/** A share such as 3/4, the way evidence shows counts. */
export function ofTotal(part: number, total: number): string {
  return `${part}/${total}`;
}

/** A household's assessment in a year as a domain subgraph receives it (the key of HouseholdExitAssessment). */
export interface ExitAssessmentRef {
  householdId: string;
  year: number;
}

/** A household's or county's assessment as a domain subgraph resolves it, its year checked: `_entities` may be called directly. */
export function assessmentReference<Ref extends { year: number }>(ref: Ref): Ref {
  return { ...ref, year: validateCampaignYear(ref.year, 'year') };
}

/** One household's verdict on one criterion in a county-wide list; evidence only where it is not met. */
export interface HouseholdVerdict {
  householdId: string;
  verdict: ExitVerdict;
  evidence: ExitEvidence[];
}

export function householdVerdict(householdId: string, criterion: Pick<ExitCriterion, 'verdict' | 'evidence'>): HouseholdVerdict {
  return { householdId, verdict: criterion.verdict, evidence: criterion.verdict === 'MET' ? [] : criterion.evidence };
}

/**
 * The households of a county's roster that do not meet a criterion (NOT_MET or UNKNOWN), each
 * judged from its own records among the county's, in roster order. A household not listed meets
 * it: a county's lists carry only what a row or a rate needs.
 */
export function unmetOfRoster<Household extends { id: string }, Record extends { householdId: string }>(
  roster: Household[] | undefined,
  records: Record[],
  judge: (household: Household, own: Record[]) => Pick<ExitCriterion, 'verdict' | 'evidence'>,
): HouseholdVerdict[] {
  const byHousehold = groupBy(records, (record) => record.householdId);
  return (roster ?? []).flatMap((household) => {
    const judgement = judge(household, byHousehold.get(household.id) ?? []);
    return judgement.verdict === 'MET' ? [] : [householdVerdict(household.id, judgement)];
  });
}

/** A county's assessment in a year as a domain subgraph receives it (the key of CountyExitAssessment). */
export interface CountyAssessmentRef {
  countyCode: string;
  year: number;
}

export type SignalKind = 'LARGE_OUT_OF_POCKET' | 'DROPOUT' | 'DANGEROUS_HOUSE' | 'PUBLIC_WELFARE_POST' | 'RECORD';

/** One thing a department's records say about a household or person, for 数据比对. */
export interface ComparisonSignal {
  householdId: string;
  personId: string | null;
  kind: SignalKind;
  source: string;
  evidence: ExitEvidence[];
}

/**
 * A RECORD signal for each household and person the records name that the roster (the
 * register's households for the year) does not hold: the registry tells removed households from
 * unknown ones. Records the roster holds say nothing, and are not sent.
 */
export function recordSignals(source: string, records: { householdId: string; personId?: string | null }[], roster: { id: string; members?: { id: string }[] }[]): ComparisonSignal[] {
  const known = new Map(roster.map((household) => [household.id, new Set(household.members?.map((member) => member.id))]));
  const seen = new Map<string, ComparisonSignal>();
  for (const { householdId, personId = null } of records) {
    const members = known.get(householdId);
    if (members && (!personId || members.has(personId))) continue;
    const key = `${householdId}/${personId ?? ''}`;
    if (!seen.has(key)) seen.set(key, { householdId, personId, kind: 'RECORD', source, evidence: [] });
  }
  return [...seen.values()];
}

/** A county's assessment as the gateway passes it to a domain: its key, and the roster when the field @requires it. */
export interface CountyAssessmentWithRoster extends CountyAssessmentRef {
  roster?: { id: string; members?: { id: string }[] }[];
}

/** A village's assessment in a year as a domain subgraph receives it (the key of VillageExitAssessment). */
export interface VillageAssessmentRef {
  villageCode: string;
  year: number;
}
