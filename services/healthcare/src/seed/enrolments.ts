import type { Rng, SeedHousehold, SeedPerson } from '@pas/seed-kit';
import { insuranceEnrolmentId, type InsuranceEnrolmentDoc } from '../models/index.js';

/** The seeded years: in 2019 a few are still missing, in 2020 nobody (000: 确保全覆盖，不漏一人). */
const ENROLMENT_YEARS = [2019, 2020] as const;
const MISSING_IN_2019 = 0.003;
/**
 * Exit verification found the members of exited households insured: 汝阳's without exception
 * (001: 脱贫人口无错退), elsewhere all but a few, the wrong exits the comparison should find.
 */
const MISSING_AFTER_EXIT = 0.001;
const RUYANG = '410326';

/**
 * A person's cover for every seeded year they were born by. Critical-illness cover comes with
 * basic insurance; medical assistance covers the still poor, 低保 and 特困 households and the
 * sick or disabled.
 */
export function enrolmentsOf(person: SeedPerson, household: SeedHousehold, rng: Rng): InsuranceEnrolmentDoc[] {
  const enrolments: InsuranceEnrolmentDoc[] = [];
  for (const year of ENROLMENT_YEARS) {
    if (person.birthDate.getUTCFullYear() > year) continue;
    const stillPoor = household.exitYear === null || household.exitYear >= year;
    const exitedBy = household.exitYear !== null && household.exitYear <= year;
    const missing = !exitedBy ? MISSING_IN_2019 : household.countyCode === RUYANG ? 0 : MISSING_AFTER_EXIT;
    const basicMedical = year !== 2019 || !rng.chance(missing);
    enrolments.push({
      id: insuranceEnrolmentId(person.id, year),
      personId: person.id,
      householdId: household.id,
      villageCode: household.villageCode,
      countyCode: household.countyCode,
      year,
      basicMedical,
      criticalIllness: basicMedical,
      medicalAssistance: stillPoor || household.attribute !== 'GENERAL' || person.healthStatus !== 'HEALTHY',
    });
  }
  return enrolments;
}
