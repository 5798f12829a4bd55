import type { SeedModule } from '@pas/seed-kit';
import type { HealthCertificateDoc, InsuranceEnrolmentDoc, MedicalClaimDoc } from '../models/index.js';
import { certificatesOf } from './certificates.js';
import { claimsOf } from './claims.js';
import { clinicsFor } from './clinics.js';
import { enrolmentsOf } from './enrolments.js';
import { rebuildDigests } from '@pas/subgraph-kit';
import { DIGESTS } from '../domain/digests.js';

/**
 * The healthcare subgraph's part of the seed, person by person in one pass: every person,
 * household and village it names is in the world, and claims are only for persons insured in
 * the year of treatment.
 */
export const seedModule: SeedModule = {
  service: 'healthcare',
  rebuild: (db) => rebuildDigests(db, DIGESTS),
  generate(world, rng) {
    const [enrolmentRng, certificateRng, claimRng] = [rng.fork('enrolments'), rng.fork('certificates'), rng.fork('claims')];
    const counties = new Map(world.counties.map((c) => [c.code, c.name]));
    const townships = new Map(world.townships.map((t) => [t.code, t.name]));
    const insuranceEnrolments: InsuranceEnrolmentDoc[] = [];
    const healthCertificates: HealthCertificateDoc[] = [];
    const medicalClaims: MedicalClaimDoc[] = [];
    for (const household of world.households) {
      const place = { countyName: counties.get(household.countyCode)!, townshipName: townships.get(household.townshipCode)! };
      for (const person of household.members) {
        const cover = enrolmentsOf(person, household, enrolmentRng);
        const certificates = certificatesOf(person, household, certificateRng);
        insuranceEnrolments.push(...cover);
        healthCertificates.push(...certificates);
        medicalClaims.push(...claimsOf(person, household, cover, certificates, place, claimRng));
      }
    }
    return { insuranceEnrolments, healthCertificates, medicalClaims, villageClinics: clinicsFor(world, rng.fork('clinics')) };
  },
};
