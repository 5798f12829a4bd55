import type { HospitalLevel, InsuranceEnrolmentDoc, MedicalClaimDoc } from '../models/index.js';

type Shares = Pick<MedicalClaimDoc, 'basicInsurance' | 'criticalIllnessInsurance' | 'medicalAssistance' | 'outOfPocket'>;

/** 起付线 and reimbursement rate of basic insurance for a hospital stay, by hospital level. */
const INPATIENT_RULES: Record<HospitalLevel, { deductible: number; rate: number }> = {
  TOWNSHIP: { deductible: 10_000, rate: 0.9 },
  COUNTY: { deductible: 30_000, rate: 0.8 },
  CITY: { deductible: 80_000, rate: 0.65 },
  PROVINCE: { deductible: 150_000, rate: 0.55 },
};
/** Share of a bill within the insurance catalogue (目录内). */
const IN_CATALOGUE = 0.9;
/** 大病保险倾斜: half the ordinary threshold for the poor, and a higher rate. */
const CRITICAL_THRESHOLD = 750_000;
const CRITICAL_RATE = 0.65;
const ASSISTANCE_RATE = 0.7;
const CHRONIC_OUTPATIENT_RATE = 0.65;

/**
 * Who pays what of a bill, in the order the payers settle it: basic insurance, critical-illness
 * insurance on what the catalogue leaves above its threshold, medical assistance on the rest;
 * the patient pays what remains. The rules are typical of Henan's for the poor at the time.
 */
export function settle(totalCost: number, kind: MedicalClaimDoc['kind'], level: HospitalLevel, cover: InsuranceEnrolmentDoc): Shares {
  const inCatalogue = Math.floor(totalCost * IN_CATALOGUE);
  let basicInsurance: number;
  let criticalIllnessInsurance = 0;
  if (kind === 'CHRONIC_OUTPATIENT') {
    basicInsurance = Math.floor(inCatalogue * CHRONIC_OUTPATIENT_RATE);
  } else {
    const { deductible, rate } = INPATIENT_RULES[level];
    basicInsurance = Math.floor(Math.max(0, inCatalogue - deductible) * rate);
    const leftInCatalogue = inCatalogue - basicInsurance;
    if (cover.criticalIllness && leftInCatalogue > CRITICAL_THRESHOLD) {
      criticalIllnessInsurance = Math.floor((leftInCatalogue - CRITICAL_THRESHOLD) * CRITICAL_RATE);
    }
  }
  const left = totalCost - basicInsurance - criticalIllnessInsurance;
  const medicalAssistance = cover.medicalAssistance ? Math.floor(left * ASSISTANCE_RATE) : 0;
  return { basicInsurance, criticalIllnessInsurance, medicalAssistance, outOfPocket: left - medicalAssistance };
}
