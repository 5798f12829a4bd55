import { InsuranceEnrolment } from '../models/index.js';

export interface InsuranceCoverageRecord {
  countyCode: string;
  year: number;
  persons: number;
  basicMedical: number;
  criticalIllness: number;
  medicalAssistance: number;
  rate: number;
  fullCoverage: boolean;
}

/**
 * A county's coverage in a year: the engine counts persons by their three flags, the totals
 * and the rate are added up here.
 */
export async function insuranceCoverage(countyCode: string, year: number): Promise<InsuranceCoverageRecord> {
  const rows = await InsuranceEnrolment.aggregate<{ _id: { basic: boolean; critical: boolean; assistance: boolean }; persons: number }>([
    { $match: { countyCode, year } },
    { $group: { _id: { basic: '$basicMedical', critical: '$criticalIllness', assistance: '$medicalAssistance' }, persons: { $sum: 1 } } },
  ]);
  const count = (flag: keyof (typeof rows)[number]['_id']) => rows.filter((row) => row._id[flag]).reduce((sum, row) => sum + row.persons, 0);
  const persons = rows.reduce((sum, row) => sum + row.persons, 0);
  const basicMedical = count('basic');
  return {
    countyCode,
    year,
    persons,
    basicMedical,
    criticalIllness: count('critical'),
    medicalAssistance: count('assistance'),
    rate: persons > 0 ? Math.round((basicMedical / persons) * 10_000) / 100 : 0,
    fullCoverage: persons > 0 && basicMedical === persons,
  };
}

/** A household as the gateway passes it: its key, and the members the register lists (@requires). */
export interface HouseholdWithMembers {
  id: string;
  members?: HouseholdMember[];
}

export interface HouseholdMember {
  id: string;
  birthYear: number;
}

/** The parent of a household's health fields: its id, and its members when the registry gave them. */
export interface HouseholdHealthParent {
  householdId: string;
  members: HouseholdMember[] | null;
}

/**
 * 全覆盖: every member born by the year has basic medical insurance that year; a member with no
 * enrolment is not insured. Null when the members are unknown.
 */
export function fullyInsured(members: HouseholdMember[] | null, enrolments: { personId: string; year: number; basicMedical: boolean }[], year: number): boolean | null {
  if (!members) return null;
  const insured = new Set(enrolments.filter((e) => e.year === year && e.basicMedical).map((e) => e.personId));
  const living = members.filter((member) => member.birthYear <= year);
  return living.length > 0 && living.every((member) => insured.has(member.id));
}
