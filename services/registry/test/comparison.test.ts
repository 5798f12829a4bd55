import { describe, expect, it } from 'vitest';
import type { ComparisonSignal } from '@pas/subgraph-kit';
import { comparisonCandidates, omittedHouseholds } from '../src/domain/comparison.js';
import type { HouseholdExitRowRecord } from '../src/domain/county-assessment.js';
import type { HouseholdDoc } from '../src/models/index.js';

const household = (id: string, statuses: [string, string][]) =>
  ({
    id,
    identifiedYear: 2016,
    members: [{ id: `${id}-1` }, { id: `${id}-2` }],
    statusHistory: statuses.map(([status, date]) => ({ status, date: new Date(date) })),
  }) as unknown as HouseholdDoc;

const POOR = household('H4103261002010001', [['IDENTIFIED', '2016-03-01']]);
const EXITED = household('H4103261002010002', [['IDENTIFIED', '2016-03-01'], ['EXITED', '2018-12-01']]);
const REMOVED = household('H4103261002010003', [['IDENTIFIED', '2016-03-01'], ['REMOVED', '2017-06-01']]);
const LATE = household('H4103261002010004', [['IDENTIFIED', '2020-03-01']]);
const register = [POOR, EXITED, REMOVED, LATE];

const signal = (householdId: string, kind: ComparisonSignal['kind'], personId: string | null = null): ComparisonSignal => ({
  householdId,
  personId,
  kind,
  source: 'test',
  evidence: kind === 'RECORD' ? [] : [{ label: '依据', value: kind }],
});
const row = (doc: HouseholdDoc, status: HouseholdExitRowRecord['status'], verdict: HouseholdExitRowRecord['verdict']): HouseholdExitRowRecord => ({
  household: doc,
  status,
  verdict,
  reasons: verdict === 'NOT_MET' ? [{ key: 'SAFE_HOUSING', verdict: 'NOT_MET', evidence: [{ label: '危房等级', value: 'D' }] }] : [],
});

describe('data comparison (数据比对)', () => {
  it('lists exactly the planted wrong exit, omissions and orphan records', () => {
    const signals = {
      healthSignals: [signal(POOR.id, 'RECORD', `${POOR.id}-1`), signal(POOR.id, 'LARGE_OUT_OF_POCKET', `${POOR.id}-1`), signal(EXITED.id, 'RECORD', `${EXITED.id}-9`)],
      educationSignals: [signal(REMOVED.id, 'DROPOUT', `${REMOVED.id}-2`), signal('H4103261002019999', 'DROPOUT', 'H4103261002019999-3')],
      housingSignals: [signal(LATE.id, 'DANGEROUS_HOUSE')],
      employmentSignals: null,
    };
    const rows = [row(POOR, 'IDENTIFIED', 'NOT_MET'), row(EXITED, 'EXITED', 'NOT_MET')];
    const candidates = comparisonCandidates({ ...signals, year: 2019 }, register, rows);
    expect(candidates.map((c) => [c.reason, c.householdId, c.personId, c.status])).toEqual([
      // A poor household failing a criterion is not a wrong exit; the exited one is.
      ['WRONG_EXIT', EXITED.id, null, 'EXITED'],
      // A need in a household removed, identified only after the year, or unknown to the register.
      ['OMISSION', REMOVED.id, null, 'REMOVED'],
      ['OMISSION', LATE.id, null, null],
      ['OMISSION', 'H4103261002019999', null, null],
      // A person the household does not hold, and a household the register does not know.
      ['ORPHAN_RECORD', EXITED.id, `${EXITED.id}-9`, 'EXITED'],
      ['ORPHAN_RECORD', 'H4103261002019999', 'H4103261002019999-3', null],
    ]);
    expect(candidates[0]!.evidence).toEqual([{ label: '住房安全：危房等级', value: 'D' }]);
    expect(omittedHouseholds(candidates)).toBe(3);
  });
});
