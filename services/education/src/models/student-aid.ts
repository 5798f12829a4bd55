import mongoose, { Schema, type InferSchemaType } from 'mongoose';
import { SCHOOL_STAGES } from './school.js';

export const AID_KINDS = ['PRESCHOOL_SUBSIDY', 'BOARDING_ALLOWANCE', 'NUTRITION_MEAL', 'TUITION_WAIVER', 'NATIONAL_GRANT', 'RAIN_DEW'] as const;
export type AidKind = (typeof AID_KINDS)[number];

/** 教育资助: one kind of aid paid for one student in one year. */
const studentAidSchema = new Schema({
  id: { type: String, required: true, unique: true },
  personId: { type: String, required: true, index: true },
  householdId: { type: String, required: true, index: true },
  countyCode: { type: String, required: true },
  stage: { type: String, enum: SCHOOL_STAGES, required: true },
  kind: { type: String, enum: AID_KINDS, required: true },
  /** Fen. */
  amount: { type: Number, required: true, min: 0 },
  year: { type: Number, required: true, min: 2014, max: 2030 },
});
studentAidSchema.index({ countyCode: 1, year: 1 });

export type StudentAidDoc = InferSchemaType<typeof studentAidSchema>;
export const StudentAid = mongoose.model('StudentAid', studentAidSchema, 'studentAid');

/** A student receives each kind of aid at most once a year. */
export function studentAidId(personId: string, year: number, kind: AidKind): string {
  return `SA-${personId}-${year}-${kind}`;
}
