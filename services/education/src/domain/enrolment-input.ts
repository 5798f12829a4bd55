import { badUserInput } from '@pas/platform';
import { validateCampaignYear, validatePerson, validateText } from '@pas/register-rules';
import type { StudentEnrolmentInput } from '../generated/resolvers-types.js';
import { School, StudentEnrolment, studentEnrolmentId, type SchoolDoc, type StudentEnrolmentDoc } from '../models/index.js';

/** A school year runs from 1 September to 31 August. */
function schoolYearBounds(schoolYear: number): [Date, Date] {
  return [new Date(Date.UTC(schoolYear, 8, 1)), new Date(Date.UTC(schoolYear + 1, 7, 31))];
}

/**
 * Checks a child's schooling record against the school and the child's record that year, and
 * turns it into the stored enrolment; nothing is written on a refusal.
 */
export async function enrolmentFromInput(input: StudentEnrolmentInput, today = new Date()): Promise<StudentEnrolmentDoc> {
  const place = validatePerson(input.personId);
  validateCampaignYear(input.schoolYear, 'schoolYear', today);
  const [from, to] = schoolYearBounds(input.schoolYear);
  if (input.statusDate < from || input.statusDate > to || input.statusDate > today) {
    throw badUserInput(`statusDate must fall in school year ${input.schoolYear}-${input.schoolYear + 1} and not in the future`, { field: 'statusDate' });
  }
  const note = input.note ? validateText(input.note, 'note', 100) : null;
  if (input.status === 'DROPPED_OUT' && !note) throw badUserInput('A dropout needs its reason in note', { field: 'note' });

  const schoolId = validateText(input.schoolId, 'schoolId', 40);
  const id = studentEnrolmentId(place.personId, input.schoolYear);
  const [school, current] = await Promise.all([
    School.findOne({ id: schoolId }).lean<SchoolDoc>().exec(),
    StudentEnrolment.findOne({ id }).lean<StudentEnrolmentDoc>().exec(),
  ]);
  if (!school) throw badUserInput(`School ${schoolId} does not exist`, { field: 'schoolId' });
  // 控辍保学 is the home county's duty: a child goes to school there until university.
  if (school.stage !== 'HIGHER' && school.countyCode !== place.countyCode) {
    throw badUserInput(`School ${school.id} is not in the child's county ${place.countyCode}`, { field: 'schoolId' });
  }
  if (input.status === 'RETURNED' && current?.status !== 'DROPPED_OUT' && current?.status !== 'RETURNED') {
    throw badUserInput('Only a child who dropped out this school year can return', { field: 'status' });
  }
  return {
    id,
    personId: place.personId,
    householdId: place.householdId,
    villageCode: place.villageCode,
    countyCode: place.countyCode,
    schoolId: school.id,
    stage: school.stage,
    schoolYear: input.schoolYear,
    status: input.status,
    statusDate: input.statusDate,
    note,
  };
}
