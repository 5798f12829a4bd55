import type { StudentAidDoc, StudentEnrolmentDoc } from '../models/index.js';

/** By school year, then child. */
export function enrolmentsInOrder(enrolments: StudentEnrolmentDoc[]): StudentEnrolmentDoc[] {
  return [...enrolments].sort((a, b) => a.schoolYear - b.schoolYear || a.personId.localeCompare(b.personId));
}

/** Aid of one year (every year when none is given), by year, then student and kind. */
export function aidOfYear(aid: StudentAidDoc[], year?: number | null): StudentAidDoc[] {
  return aid
    .filter((a) => !year || a.year === year)
    .sort((a, b) => a.year - b.year || a.personId.localeCompare(b.personId) || a.kind.localeCompare(b.kind));
}
