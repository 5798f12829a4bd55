import { badUserInput } from '@pas/platform';
import { validateAmount, validateCampaignDate, validateCampaignYear, validatePerson, validateText } from '@pas/register-rules';
import type { InsuranceEnrolmentInput, MedicalClaimInput } from '../generated/resolvers-types.js';
import { insuranceEnrolmentId, InsuranceEnrolment, medicalClaimId, type InsuranceEnrolmentDoc, type MedicalClaimDoc } from '../models/index.js';

// Above this a treatment's cost is a typing error (yuan entered as fen, say), not a bill.
const MAX_TOTAL_COST = 500_000_000;

/** Checks an enrolment and turns it into the stored cover; nothing is written on a refusal. */
export function enrolmentFromInput(input: InsuranceEnrolmentInput, today = new Date()): InsuranceEnrolmentDoc {
  const place = validatePerson(input.personId);
  validateCampaignYear(input.year, 'year', today, 'next year');
  if (input.criticalIllness && !input.basicMedical) {
    throw badUserInput('Critical-illness insurance (大病保险) comes with basic medical insurance only', { field: 'criticalIllness' });
  }
  return {
    id: insuranceEnrolmentId(place.personId, input.year),
    personId: place.personId,
    householdId: place.householdId,
    villageCode: place.villageCode,
    countyCode: place.countyCode,
    year: input.year,
    basicMedical: input.basicMedical,
    criticalIllness: input.criticalIllness,
    medicalAssistance: input.medicalAssistance,
  };
}

/**
 * Checks a claim against the shares it states and the person's cover that year, and turns it
 * into the stored claim with the patient's own share.
 */
export async function claimFromInput(input: MedicalClaimInput, today = new Date()): Promise<MedicalClaimDoc> {
  const place = validatePerson(input.personId);
  const treatedOn = validateCampaignDate(input.treatedOn, 'treatedOn', today);
  const totalCost = validateAmount(input.totalCost, 'totalCost', 1, MAX_TOTAL_COST);
  const shares = {
    basicInsurance: validateAmount(input.basicInsurance, 'basicInsurance', 0, totalCost),
    criticalIllnessInsurance: validateAmount(input.criticalIllnessInsurance, 'criticalIllnessInsurance', 0, totalCost),
    medicalAssistance: validateAmount(input.medicalAssistance, 'medicalAssistance', 0, totalCost),
  };
  const outOfPocket = totalCost - shares.basicInsurance - shares.criticalIllnessInsurance - shares.medicalAssistance;
  if (outOfPocket < 0) throw badUserInput('The shares add up to more than the total cost', { field: 'totalCost' });

  const year = treatedOn.getUTCFullYear();
  const cover = await InsuranceEnrolment.findOne({ id: insuranceEnrolmentId(place.personId, year) }).lean<InsuranceEnrolmentDoc>().exec();
  if (!cover?.basicMedical) throw badUserInput(`${place.personId} has no basic medical insurance in ${year}`, { field: 'personId' });
  if (shares.criticalIllnessInsurance > 0 && !cover.criticalIllness) {
    throw badUserInput(`${place.personId} has no critical-illness insurance in ${year}`, { field: 'criticalIllnessInsurance' });
  }
  if (shares.medicalAssistance > 0 && !cover.medicalAssistance) {
    throw badUserInput(`${place.personId} receives no medical assistance in ${year}`, { field: 'medicalAssistance' });
  }
  return {
    id: medicalClaimId(place.personId, input.kind, treatedOn),
    personId: place.personId,
    householdId: place.householdId,
    countyCode: place.countyCode,
    kind: input.kind,
    diagnosis: validateText(input.diagnosis, 'diagnosis', 50),
    hospital: validateText(input.hospital, 'hospital', 50),
    hospitalLevel: input.hospitalLevel,
    treatedOn,
    totalCost,
    ...shares,
    outOfPocket,
    payAfterTreatment: input.payAfterTreatment ?? false,
  };
}
