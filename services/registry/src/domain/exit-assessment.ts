import type { HouseholdDoc } from '../models/index.js';

/** A household's assessment in a year, as the registry resolves it: the key and the household. */
export interface ExitAssessmentParent {
  householdId: string;
  year: number;
  household: HouseholdDoc;
}

/** Six by 31 August: that September's school year is the first of compulsory education (入学年龄). */
export function schoolEntryYear(birthDate: Date): number {
  const bornBySeptember = birthDate.getUTCMonth() < 8;
  return birthDate.getUTCFullYear() + (bornBySeptember ? 6 : 7);
}
