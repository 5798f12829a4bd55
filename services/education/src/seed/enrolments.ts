import { ageOn, type Rng, type SeedHousehold, type SeedPerson } from '@pas/seed-kit';
import { COMPULSORY_STAGES, studentEnrolmentId, type SchoolStage, type StudentEnrolmentDoc } from '../models/index.js';
import type { SeedSchools } from './schools.js';

/** The seeded school year, 2019-2020. */
const SCHOOL_YEAR = 2019;
const YEAR_START = new Date(Date.UTC(SCHOOL_YEAR, 8, 1));

const DROPOUT_REASONS = ['厌学', '外出务工', '因病休学', '家庭困难'];
const RETURN_MEASURES = ['驻村工作队入户劝返', '学校结对帮扶劝返', '乡镇控辍保学专班劝返'];

/**
 * The stage a child of this age attends, if any: every child of compulsory age, most of
 * preschool age, nine in ten of 15-17 (senior or vocational), a third of 18-22 (university).
 */
function stageAt(age: number, rng: Rng): SchoolStage | null {
  if (age >= 3 && age <= 5) return rng.chance(0.85) ? 'PRESCHOOL' : null;
  if (age >= 6 && age <= 11) return 'PRIMARY';
  if (age >= 12 && age <= 14) return 'JUNIOR_SECONDARY';
  if (age >= 15 && age <= 17) {
    const roll = rng.next();
    return roll < 0.55 ? 'SENIOR_SECONDARY' : roll < 0.9 ? 'VOCATIONAL' : null;
  }
  if (age >= 18 && age <= 22) return rng.chance(0.35) ? 'HIGHER' : null;
  return null;
}

function dayBetween(rng: Rng, from: Date, to: Date): Date {
  const days = Math.floor((to.getTime() - from.getTime()) / 86_400_000);
  return new Date(from.getTime() + rng.int(0, days) * 86_400_000);
}

/**
 * A child's schooling in the seeded year, in a school of its own township or county. In
 * compulsory education a few drop out and about twice as many are brought back (控辍保学).
 */
export function enrolmentOf(person: SeedPerson, household: SeedHousehold, schools: SeedSchools, rng: Rng): StudentEnrolmentDoc | null {
  const stage = stageAt(ageOn(person.birthDate, YEAR_START), rng);
  if (!stage) return null;
  const school = rng.pick(schools.near(stage, household.townshipCode, household.countyCode));
  let status: StudentEnrolmentDoc['status'] = 'ENROLLED';
  let statusDate = YEAR_START;
  let note: string | null = null;
  if (COMPULSORY_STAGES.includes(stage)) {
    const roll = rng.next();
    // 汝阳's exited households have no dropout (001: 脱贫人口无错退): exit verification saw to it.
    const exitedInRuyang = household.countyCode === '410326' && household.exitYear !== null && household.exitYear <= SCHOOL_YEAR;
    if (roll < 0.004 && !exitedInRuyang) {
      status = 'DROPPED_OUT';
      statusDate = dayBetween(rng, new Date(Date.UTC(SCHOOL_YEAR, 9, 1)), new Date(Date.UTC(SCHOOL_YEAR + 1, 4, 31)));
      note = rng.pick(DROPOUT_REASONS);
    } else if (roll < 0.012) {
      status = 'RETURNED';
      statusDate = dayBetween(rng, new Date(Date.UTC(SCHOOL_YEAR, 10, 1)), new Date(Date.UTC(SCHOOL_YEAR + 1, 5, 30)));
      note = rng.pick(RETURN_MEASURES);
    }
  }
  return {
    id: studentEnrolmentId(person.id, SCHOOL_YEAR),
    personId: person.id,
    householdId: household.id,
    villageCode: household.villageCode,
    countyCode: household.countyCode,
    schoolId: school.id,
    stage,
    schoolYear: SCHOOL_YEAR,
    status,
    statusDate,
    note,
  };
}
