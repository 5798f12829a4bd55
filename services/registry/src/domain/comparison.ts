import { HOUSEHOLD_CRITERION_LABELS, type ComparisonSignal, type ExitEvidence, type SignalKind } from '@pas/subgraph-kit';
import type { StatusChangeDoc } from '../models/index.js';
import { isExited, statusAt, type CountySignals, type HouseholdExitRowRecord } from './county-assessment.js';
import type { RegisterEntry } from './digests.js';

export type ComparisonReason = 'WRONG_EXIT' | 'OMISSION' | 'ORPHAN_RECORD';

export interface ComparisonCandidateRecord {
  reason: ComparisonReason;
  householdId: string;
  /** The register's entry, when it knows the household. */
  household: RegisterEntry | null;
  personId: string | null;
  status: StatusChangeDoc['status'] | null;
  evidence: ExitEvidence[];
}

const REASONS: ComparisonReason[] = ['WRONG_EXIT', 'OMISSION', 'ORPHAN_RECORD'];
const KIND_LABELS: Record<Exclude<SignalKind, 'RECORD'>, string> = {
  LARGE_OUT_OF_POCKET: '大额自付',
  DROPOUT: '辍学',
  DANGEROUS_HOUSE: '危房',
  PUBLIC_WELFARE_POST: '公益岗位',
};

function signalsOf(parent: CountySignals): ComparisonSignal[] {
  return [parent.healthSignals, parent.educationSignals, parent.housingSignals, parent.employmentSignals].flatMap((list) => list ?? []);
}

/**
 * 数据比对 of a county's year: wrong exits from the households' verdicts, omissions and orphan
 * records from what the departments' records say, one candidate per reason, household and person
 * (their evidence merged), by reason, household and person.
 */
export function comparisonCandidates(parent: CountySignals & { year: number }, register: RegisterEntry[], rows: HouseholdExitRowRecord[]): ComparisonCandidateRecord[] {
  const candidates = new Map<string, ComparisonCandidateRecord>();
  const add = (candidate: Omit<ComparisonCandidateRecord, 'evidence'>, evidence: ExitEvidence[]) => {
    const key = `${candidate.reason}/${candidate.householdId}/${candidate.personId ?? ''}`;
    const found = candidates.get(key);
    if (found) found.evidence.push(...evidence);
    else candidates.set(key, { ...candidate, evidence: [...evidence] });
  };

  for (const row of rows) {
    if (!isExited(row.status) || row.verdict !== 'NOT_MET') continue;
    const failing = row.reasons.filter((reason) => reason.verdict === 'NOT_MET');
    const evidence = failing.flatMap((reason) => reason.evidence.map((e) => ({ ...e, label: `${HOUSEHOLD_CRITERION_LABELS[reason.key]}：${e.label}` })));
    add({ reason: 'WRONG_EXIT', householdId: row.household.id, household: row.household, personId: null, status: row.status }, evidence);
  }

  const byId = new Map(register.map((household) => [household.id, household]));
  for (const signal of signalsOf(parent)) {
    const household = byId.get(signal.householdId) ?? null;
    const status = household ? statusAt(household, parent.year) : null;
    const knowsPerson = !signal.personId || (household?.members.some((member) => member.id === signal.personId) ?? false);
    if (!household || !knowsPerson) {
      add({ reason: 'ORPHAN_RECORD', householdId: signal.householdId, household, personId: signal.personId, status }, [
        { label: `${signal.source} 记录`, value: household ? '户内无此人' : '登记册无此户', personId: signal.personId },
      ]);
    }
    if (signal.kind !== 'RECORD' && (!household || status === null || status === 'REMOVED')) {
      add({ reason: 'OMISSION', householdId: signal.householdId, household, personId: null, status }, [
        { label: `${KIND_LABELS[signal.kind]}（${signal.source}）`, value: signal.evidence.map((e) => `${e.label} ${e.value}`).join('；'), personId: signal.personId },
        { label: '登记状态', value: household ? (status ?? `${parent.year}年后识别`) : '登记册无此户' },
      ]);
    }
  }

  return [...candidates.values()].sort(
    (a, b) => REASONS.indexOf(a.reason) - REASONS.indexOf(b.reason) || a.householdId.localeCompare(b.householdId) || (a.personId ?? '').localeCompare(b.personId ?? ''),
  );
}

/** Households a department sees in need that the register does not hold as poor. */
export function omittedHouseholds(candidates: ComparisonCandidateRecord[]): number {
  return new Set(candidates.filter((candidate) => candidate.reason === 'OMISSION').map((candidate) => candidate.householdId)).size;
}
