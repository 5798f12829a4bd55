import { describe, expect, it } from 'vitest';
import { JIANXI_TO_SONGXIAN } from '@pas/seed-kit/figures';
import { HealthCertificate, InsuranceEnrolment, MedicalClaim, VillageClinic, type HealthCertificateFields, type InsuranceEnrolmentDoc, type MedicalClaimDoc, type VillageClinicDoc } from '../src/models/index.js';
import { seedModule } from '../src/seed/index.js';
import { buildFamilyWorld, itSeedsEveryCollection } from '@pas/test-helpers';

const world = buildFamilyWorld({ counties: ['410326', '410325'], villages: 2, households: 40, scale: 0.01 });
describe('healthcare seed module', () => {
  const docs = itSeedsEveryCollection(seedModule, world, [InsuranceEnrolment, HealthCertificate, MedicalClaim, VillageClinic]);
  const enrolments = docs.insuranceEnrolments as InsuranceEnrolmentDoc[];
  const claims = docs.medicalClaims as MedicalClaimDoc[];

  it('names only persons, households and villages of the world, where the world has them', () => {
    const households = new Map(world.households.flatMap((h) => h.members.map((m) => [m.id, h] as const)));
    for (const doc of [...enrolments, ...claims, ...(docs.healthCertificates as HealthCertificateFields[])]) {
      const household = households.get(doc.personId)!;
      expect(household.id).toBe(doc.householdId);
      expect(household.countyCode).toBe(doc.countyCode);
    }
    expect((docs.villageClinics as VillageClinicDoc[]).map((c) => c.villageCode)).toEqual(world.villages.map((v) => v.code));
  });

  it('enrols everyone in 2020, and settles claims only for persons insured that year, shares adding up', () => {
    const persons = world.households.reduce((sum, h) => sum + h.members.length, 0);
    expect(enrolments.filter((e) => e.year === 2020 && e.basicMedical)).toHaveLength(persons);
    const insured = new Set(enrolments.filter((e) => e.basicMedical).map((e) => `${e.personId}/${e.year}`));
    expect(claims.length).toBeGreaterThan(0);
    for (const claim of claims) {
      expect(insured.has(`${claim.personId}/${claim.treatedOn.getUTCFullYear()}`)).toBe(true);
      expect(claim.basicInsurance + claim.criticalIllnessInsurance + claim.medicalAssistance + claim.outOfPocket).toBe(claim.totalCost);
      expect(claim.outOfPocket).toBeGreaterThanOrEqual(0);
    }
  });

  it('gives every 嵩县 clinic remote care from July 2018, and every exited poverty village a standardized clinic by its exit', () => {
    const clinics = docs.villageClinics as VillageClinicDoc[];
    for (const clinic of clinics.filter((c) => c.countyCode === JIANXI_TO_SONGXIAN.targetCountyCode)) expect(clinic.remoteCareSince).toEqual(new Date('2018-07-31'));
    for (const village of world.villages.filter((v) => v.exitYear !== null)) {
      const clinic = clinics.find((c) => c.villageCode === village.code)!;
      expect(clinic.standardized).toBe(true);
      expect(clinic.standardizedYear).toBeLessThanOrEqual(village.exitYear!);
    }
  });
});
