import mongoose, { Schema, type InferSchemaType } from 'mongoose';

/** 参保: one person's medical cover for one year. */
const insuranceEnrolmentSchema = new Schema({
  id: { type: String, required: true, unique: true },
  personId: { type: String, required: true, index: true },
  householdId: { type: String, required: true, index: true },
  villageCode: { type: String, required: true },
  countyCode: { type: String, required: true },
  year: { type: Number, required: true, min: 2014, max: 2030 },
  /** 城乡居民基本医疗保险. */
  basicMedical: { type: Boolean, required: true },
  /** 大病保险, which only basic-insurance members have. */
  criticalIllness: { type: Boolean, required: true },
  /** 医疗救助 recipient. */
  medicalAssistance: { type: Boolean, required: true },
});
// Coverage of a county counts by year.
insuranceEnrolmentSchema.index({ countyCode: 1, year: 1 });

export type InsuranceEnrolmentDoc = InferSchemaType<typeof insuranceEnrolmentSchema>;
export const InsuranceEnrolment = mongoose.model('InsuranceEnrolment', insuranceEnrolmentSchema, 'insuranceEnrolments');

/** One enrolment per person and year: enrolling again updates it. */
export function insuranceEnrolmentId(personId: string, year: number): string {
  return `IE-${personId}-${year}`;
}
