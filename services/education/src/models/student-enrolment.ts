import mongoose, { Schema, type InferSchemaType } from 'mongoose';
import { SCHOOL_STAGES } from './school.js';

export const ENROLMENT_STATUSES = ['ENROLLED', 'DROPPED_OUT', 'RETURNED'] as const;
export type EnrolmentStatus = (typeof ENROLMENT_STATUSES)[number];

/** A child's schooling in one school year (学年, named by the year it starts in September). */
const studentEnrolmentSchema = new Schema({
  id: { type: String, required: true, unique: true },
  personId: { type: String, required: true, index: true },
  householdId: { type: String, required: true, index: true },
  villageCode: { type: String, required: true },
  countyCode: { type: String, required: true },
  schoolId: { type: String, required: true },
  /** The school's stage, kept beside it to count by stage without a join. */
  stage: { type: String, enum: SCHOOL_STAGES, required: true },
  schoolYear: { type: Number, required: true, min: 2014, max: 2030 },
  status: { type: String, enum: ENROLMENT_STATUSES, required: true },
  statusDate: { type: Date, required: true },
  /** Why a child dropped out, or how it was brought back (劝返). */
  note: { type: String, default: null },
});
// Dropout lists filter a county by status; school rolls count by school and year.
studentEnrolmentSchema.index({ countyCode: 1, status: 1, schoolYear: 1 });
studentEnrolmentSchema.index({ schoolId: 1, schoolYear: 1 });
// A county's exit assessment reads its school year whole.
studentEnrolmentSchema.index({ countyCode: 1, schoolYear: 1 });

export type StudentEnrolmentDoc = InferSchemaType<typeof studentEnrolmentSchema>;
export const StudentEnrolment = mongoose.model('StudentEnrolment', studentEnrolmentSchema, 'studentEnrolments');

/** One enrolment per child and school year: recording it again updates it. */
export function studentEnrolmentId(personId: string, schoolYear: number): string {
  return `SE-${personId}-${schoolYear}`;
}
