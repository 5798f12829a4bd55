import mongoose, { Schema, type InferSchemaType } from 'mongoose';

export const CLAIM_KINDS = ['INPATIENT', 'CHRONIC_OUTPATIENT'] as const;
export const HOSPITAL_LEVELS = ['TOWNSHIP', 'COUNTY', 'CITY', 'PROVINCE'] as const;
export type HospitalLevel = (typeof HOSPITAL_LEVELS)[number];

const money = { type: Number, required: true, min: 0 };

/**
 * One settled treatment: who paid what share of its cost. The shares add up to the total:
 * basic insurance, then critical-illness insurance (大病保险, with its 倾斜 for the poor), then
 * medical assistance (医疗救助), and what is left the patient pays (自付).
 */
const medicalClaimSchema = new Schema({
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
  /** 先诊疗后付费: admitted without a deposit. */
  payAfterTreatment: { type: Boolean, required: true },
});
medicalClaimSchema.index({ countyCode: 1, treatedOn: 1 });

export type MedicalClaimDoc = InferSchemaType<typeof medicalClaimSchema>;
export const MedicalClaim = mongoose.model('MedicalClaim', medicalClaimSchema, 'medicalClaims');

/** One claim per person, kind and day of treatment: recording it again updates it. */
export function medicalClaimId(personId: string, kind: MedicalClaimDoc['kind'], treatedOn: Date): string {
  const day = treatedOn.getUTCFullYear() * 10_000 + (treatedOn.getUTCMonth() + 1) * 100 + treatedOn.getUTCDate();
  return `MC-${personId}-${day}-${kind === 'INPATIENT' ? 'I' : 'O'}`;
}
