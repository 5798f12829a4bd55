import { judged, ofTotal, type CountyAssessmentRef, type ExitAssessmentRef, type ExitCriterion } from '@pas/subgraph-kit';
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

/** A household's assessment as the gateway passes it: its key, and the members the register lists (@requires). */
export interface ExitAssessmentWithMembers extends ExitAssessmentRef {
  members?: HouseholdMember[];
}

/** A county's assessment as the gateway passes it: its key, and every household the registry judges (@requires). */
export interface CountyAssessmentWithRoster extends CountyAssessmentRef {
  roster?: { id: string; members: HouseholdMember[] }[];
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

/** The members born by the year, and those of them with no basic medical insurance that year. */
function uninsuredMembers(members: HouseholdMember[], enrolments: { personId: string; year: number; basicMedical: boolean }[], year: number) {
  const insured = new Set(enrolments.filter((e) => e.year === year && e.basicMedical).map((e) => e.personId));
  const living = members.filter((member) => member.birthYear <= year);
  return { living, uninsured: living.filter((member) => !insured.has(member.id)) };
}

/**
 * 全覆盖: every member born by the year has basic medical insurance that year; a member with no
 * enrolment is not insured. Null when the members are unknown.
 */
export function fullyInsured(members: HouseholdMember[] | null, enrolments: { personId: string; year: number; basicMedical: boolean }[], year: number): boolean | null {
  if (!members) return null;
  const { living, uninsured } = uninsuredMembers(members, enrolments, year);
  return living.length > 0 && uninsured.length === 0;
}

/** 基本医疗有保障 as an exit criterion: UNKNOWN when the register gave no member born by the year. */
export function medicalInsuranceCriterion(
  members: HouseholdMember[] | null,
  enrolments: { personId: string; year: number; basicMedical: boolean }[],
  year: number,
): ExitCriterion {
  const rule = { key: 'MEDICAL_INSURANCE', label: '基本医疗有保障', threshold: '当年每位在世成员参加基本医疗保险' } as const;
  const { living, uninsured } = uninsuredMembers(members ?? [], enrolments, year);
  if (living.length === 0) return judged('healthcare', { ...rule, verdict: 'UNKNOWN', evidence: [{ label: '家庭成员', value: '登记册未列出' }] });
  return judged('healthcare', {
    ...rule,
    verdict: uninsured.length === 0 ? 'MET' : 'NOT_MET',
    evidence: [
      { label: '参保成员', value: ofTotal(living.length - uninsured.length, living.length) },
      ...uninsured.map((member) => ({ label: '未参保成员', value: member.id, personId: member.id })),
    ],
  });
}
