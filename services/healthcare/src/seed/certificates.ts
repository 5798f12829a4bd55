import type { Rng, SeedHousehold, SeedPerson } from '@pas/seed-kit';
import { DISABILITY_CATEGORIES, type HealthCertificateDoc } from '../models/index.js';
import { CHRONIC_DISEASES, SERIOUS_DISEASES } from './diseases.js';

const day = (rng: Rng, fromYear: number, toYear: number) => new Date(Date.UTC(rng.int(fromYear, toYear), rng.int(0, 11), rng.int(1, 28)));

/**
 * A chronic-disease card for nine in ten of the chronically ill (000: 慢性病卡办理条件宜宽则宽)
 * and every seriously ill person, with a listed disease; a disability certificate for every
 * disabled person.
 */
export function certificatesOf(person: SeedPerson, household: SeedHousehold, rng: Rng): HealthCertificateDoc[] {
  const base = { personId: person.id, householdId: household.id, countyCode: household.countyCode };
  if (person.healthStatus === 'SERIOUS_ILLNESS' || (person.healthStatus === 'CHRONIC_ILLNESS' && rng.chance(0.9))) {
    const diseases = person.healthStatus === 'SERIOUS_ILLNESS' ? SERIOUS_DISEASES : CHRONIC_DISEASES;
    return [{ id: `CC-${person.id}-1`, kind: 'CHRONIC_DISEASE_CARD', ...base, issuedOn: day(rng, 2016, 2019), disease: rng.pick(diseases) }];
  }
  if (person.healthStatus === 'DISABLED') {
    return [
      {
        id: `DC-${person.id}`,
        kind: 'DISABILITY_CERTIFICATE',
        ...base,
        issuedOn: day(rng, 2010, 2019),
        disabilityCategory: rng.pick(DISABILITY_CATEGORIES),
        disabilityGrade: rng.int(1, 4),
      },
    ];
  }
  return [];
}
