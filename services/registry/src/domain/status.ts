import { badUserInput } from '@pas/platform';
import type { HouseholdDoc, StatusChangeDoc } from '../models/index.js';

type Status = StatusChangeDoc['status'];

/** The household lifecycle: which status may follow which. REMOVED is final. */
const NEXT: Record<Status, Status[]> = {
  IDENTIFIED: ['BEING_HELPED', 'REMOVED'],
  BEING_HELPED: ['EXITED', 'REMOVED'],
  EXITED: ['MONITORED', 'RETURNED_TO_POVERTY'],
  MONITORED: ['RETURNED_TO_POVERTY', 'EXITED'],
  RETURNED_TO_POVERTY: ['BEING_HELPED', 'EXITED', 'REMOVED'],
  REMOVED: [],
};

/** The current status is the latest entry of the append-only history. */
export function currentStatus(history: StatusChangeDoc[]): Status {
  const latest = history.at(-1);
  if (!latest) throw new Error('a household always has at least its identification in its history');
  return latest.status;
}

export function assertTransition(household: HouseholdDoc, change: StatusChangeDoc): void {
  const from = currentStatus(household.statusHistory);
  if (!NEXT[from].includes(change.status)) {
    throw badUserInput(`A household cannot go from ${from} to ${change.status}`, { field: 'status', from, allowed: NEXT[from] });
  }
  const latest = household.statusHistory.at(-1)!;
  if (change.date.getTime() < latest.date.getTime()) {
    throw badUserInput(`The change is dated before the latest entry (${latest.date.toISOString().slice(0, 10)})`, { field: 'date' });
  }
  if (change.reason.trim().length === 0) throw badUserInput('A status change needs a reason', { field: 'reason' });
}
