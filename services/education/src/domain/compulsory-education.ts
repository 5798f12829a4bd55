import { judged, ofTotal, type CountyAssessmentRef, type ExitAssessmentRef, type ExitCriterion, type OfHousehold } from '@pas/subgraph-kit';
import { COMPULSORY_STAGES, type StudentEnrolmentDoc } from '../models/index.js';

/** A member as the registry gives it (@requires): the school year its compulsory education starts. */
export interface SchoolAgeMember {
  id: string;
  schoolEntryYear: number;
}

/** A household or its assessment as the gateway passes it: the key, and the members the register lists. */
export interface HouseholdWithMembers {
  id: string;
  members?: SchoolAgeMember[];
}
export interface ExitAssessmentWithMembers extends ExitAssessmentRef {
  members?: SchoolAgeMember[];
}
export interface CountyAssessmentWithRoster extends CountyAssessmentRef {
  roster?: { id: string; members: SchoolAgeMember[] }[];
}
export interface HouseholdEducationParent extends OfHousehold {
  members: SchoolAgeMember[] | null;
}

/** 九年义务教育: the school year of entry and the eight after. */
function ofCompulsoryAge(member: SchoolAgeMember, schoolYear: number): boolean {
  return member.schoolEntryYear <= schoolYear && schoolYear <= member.schoolEntryYear + 8;
}

/**
 * 义务教育有保障 in a school year: NOT_MET when a child dropped out of a compulsory stage, or a
 * child of compulsory age dropped out of any, without returning; UNKNOWN when a child of that age
 * has no enrolment that year or the members are unknown.
 */
/** What the rule reads of an enrolment. */
export type JudgedEnrolment = Pick<StudentEnrolmentDoc, 'personId' | 'schoolYear' | 'status' | 'stage' | 'note'>;

export function compulsoryEducationCriterion(members: SchoolAgeMember[] | null, enrolments: JudgedEnrolment[], schoolYear: number): ExitCriterion {
  const rule = { key: 'COMPULSORY_EDUCATION', label: '义务教育有保障', threshold: '义务教育适龄成员（入学学年起九学年）当学年均在校，无辍学' } as const;
  if (!members) return judged('education', { ...rule, verdict: 'UNKNOWN', evidence: [{ label: '家庭成员', value: '登记册未提供' }] });
  const ofYear = new Map(enrolments.filter((e) => e.schoolYear === schoolYear).map((e) => [e.personId, e]));
  const schoolAge = members.filter((member) => ofCompulsoryAge(member, schoolYear));
  const droppedOut = members.filter((member) => {
    const enrolment = ofYear.get(member.id);
    return enrolment?.status === 'DROPPED_OUT' && (COMPULSORY_STAGES.includes(enrolment.stage) || ofCompulsoryAge(member, schoolYear));
  });
  const unrecorded = schoolAge.filter((member) => !ofYear.has(member.id));
  const inSchool = schoolAge.filter((member) => ofYear.has(member.id) && ofYear.get(member.id)!.status !== 'DROPPED_OUT');
  const verdict = droppedOut.length > 0 ? 'NOT_MET' : unrecorded.length > 0 ? 'UNKNOWN' : 'MET';
  return judged('education', {
    ...rule,
    verdict,
    evidence: [
      { label: '在校适龄成员', value: ofTotal(inSchool.length, schoolAge.length) },
      ...droppedOut.map((member) => ({ label: '辍学', value: ofYear.get(member.id)!.note ?? member.id, personId: member.id })),
      ...unrecorded.map((member) => ({ label: '无当学年学籍记录', value: member.id, personId: member.id })),
    ],
  });
}

/** The same rule as a yes or no: null where the records cannot tell. */
export function compulsoryEducationSecured(members: SchoolAgeMember[] | null, enrolments: JudgedEnrolment[], schoolYear: number): boolean | null {
  const { verdict } = compulsoryEducationCriterion(members, enrolments, schoolYear);
  return verdict === 'UNKNOWN' ? null : verdict === 'MET';
}
