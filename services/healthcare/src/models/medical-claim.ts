import mongoose, { Schema } from 'mongoose';

export const CLAIM_KINDS = ['INPATIENT', 'CHRONIC_OUTPATIENT'] as const;
export const HOSPITAL_LEVELS = ['TOWNSHIP', 'COUNTY', 'CITY', 'PROVINCE'] as const;
export type HospitalLevel = (typeof HOSPITAL_LEVELS)[number];

/**
 * One settled treatment: who paid what share of its cost. The shares add up to the total:
 * basic insurance, then critical-illness insurance (大病保险, with its 倾斜 for the poor), then
 * medical assistance (医疗救助), and what is left the patient pays (自付).
 */
export interface MedicalClaimDoc {
  id: string;
  personId: string;
  householdId: string;
  countyCode: string;
  kind: (typeof CLAIM_KINDS)[number];
  diagnosis: string;
  hospital: string;
  hospitalLevel: HospitalLevel;
  treatedOn: Date;
  totalCost: number;
  basicInsurance: number;
  criticalIllnessInsurance: number;
  medicalAssistance: number;
  outOfPocket: number;
  /** 先诊疗后付费: admitted without a deposit. */
  payAfterTreatment: boolean;
}

const money = { type: Number, required: true, min: 0 };

const medicalClaimSchema = new Schema<MedicalClaimDoc>({
  id: { type: String, required: true, unique: true },
  personId: { type: String, required: true, index: true },
  householdId: { type: String, required: true, index: true },
  countyCode: { type: String, required: true },
  kind: { type: String, enum: CLAIM_KINDS, required: true },
  diagnosis: { type: String, required: true },
  hospital: { type: String, required: true },
  hospitalLevel: { type: String, enum: HOSPITAL_LEVELS, required: true },
  treatedOn: { type: Date, required: true },
  totalCost: money,
  basicInsurance: money,
  criticalIllnessInsurance: money,
  medicalAssistance: money,
  outOfPocket: money,
  payAfterTreatment: { type: Boolean, required: true },
});
medicalClaimSchema.index({ countyCode: 1, treatedOn: 1 });

export const MedicalClaim = mongoose.model<MedicalClaimDoc>('MedicalClaim', medicalClaimSchema, 'medicalClaims');

/** One claim per person, kind and day of treatment: recording it again updates it. */
export function medicalClaimId(personId: string, kind: MedicalClaimDoc['kind'], treatedOn: Date): string {
  const day = treatedOn.getUTCFullYear() * 10_000 + (treatedOn.getUTCMonth() + 1) * 100 + treatedOn.getUTCDate();
  return `MC-${personId}-${day}-${kind === 'INPATIENT' ? 'I' : 'O'}`;
}
