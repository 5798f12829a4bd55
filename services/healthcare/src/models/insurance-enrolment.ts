import mongoose, { Schema } from 'mongoose';

/** 参保: one person's medical cover for one year. */
export interface InsuranceEnrolmentDoc {
  id: string;
  personId: string;
  householdId: string;
  villageCode: string;
  countyCode: string;
  year: number;
  /** 城乡居民基本医疗保险. */
  basicMedical: boolean;
  /** 大病保险, which only basic-insurance members have. */
  criticalIllness: boolean;
  /** 医疗救助 recipient. */
  medicalAssistance: boolean;
}

const insuranceEnrolmentSchema = new Schema<InsuranceEnrolmentDoc>({
  id: { type: String, required: true, unique: true },
  personId: { type: String, required: true, index: true },
  householdId: { type: String, required: true, index: true },
  villageCode: { type: String, required: true },
  countyCode: { type: String, required: true },
  year: { type: Number, required: true, min: 2014, max: 2030 },
  basicMedical: { type: Boolean, required: true },
  criticalIllness: { type: Boolean, required: true },
  medicalAssistance: { type: Boolean, required: true },
});
// Coverage of a county counts by year.
insuranceEnrolmentSchema.index({ countyCode: 1, year: 1 });

export const InsuranceEnrolment = mongoose.model<InsuranceEnrolmentDoc>('InsuranceEnrolment', insuranceEnrolmentSchema, 'insuranceEnrolments');

/** One enrolment per person and year: enrolling again updates it. */
export function insuranceEnrolmentId(personId: string, year: number): string {
  return `IE-${personId}-${year}`;
}
