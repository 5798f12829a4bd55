import { describe, expect, it } from 'vitest';
import { combinedVerdict, householdVerdict, recordSignals } from '../src/index.js';

describe('exit criteria vocabulary', () => {
  it('combines verdicts: any NOT_MET fails, then any UNKNOWN or missing one is unknown', () => {
    expect(combinedVerdict(['MET', 'MET'])).toBe('MET');
    expect(combinedVerdict(['MET', 'UNKNOWN', 'NOT_MET'])).toBe('NOT_MET');
    expect(combinedVerdict(['MET', null])).toBe('UNKNOWN');
  });

  it('keeps a household verdict’s evidence only where it is not met', () => {
    const evidence = [{ label: '参保成员', value: '2/2' }];
    expect(householdVerdict('H1', { verdict: 'MET', evidence })).toEqual({ householdId: 'H1', verdict: 'MET', evidence: [] });
    expect(householdVerdict('H1', { verdict: 'UNKNOWN', evidence })).toEqual({ householdId: 'H1', verdict: 'UNKNOWN', evidence });
  });

  it('sends a record only for a household or person the roster does not hold, once each', () => {
    const roster = [{ id: 'H1', members: [{ id: 'H1-1' }] }];
    const records = [
      { householdId: 'H1', personId: 'H1-1' },
      { householdId: 'H1', personId: 'H1-9' },
      { householdId: 'H1', personId: 'H1-9' },
      { householdId: 'H2', personId: null },
      { householdId: 'H1' },
    ];
    expect(recordSignals('test', records, roster).map((s) => [s.householdId, s.personId])).toEqual([
      ['H1', 'H1-9'],
      ['H2', null],
    ]);
  });
});
