import mongoose, { Schema } from 'mongoose';

export const SCHOOL_STAGES = ['PRESCHOOL', 'PRIMARY', 'JUNIOR_SECONDARY', 'SENIOR_SECONDARY', 'VOCATIONAL', 'HIGHER'] as const;
export type SchoolStage = (typeof SCHOOL_STAGES)[number];
/** 义务教育: the stages no child may leave (控辍保学). */
export const COMPULSORY_STAGES: readonly SchoolStage[] = ['PRIMARY', 'JUNIOR_SECONDARY'];

export interface SchoolDoc {
  id: string;
  name: string;
  stage: SchoolStage;
  countyCode: string;
  /** Null for a county-level school. */
  townshipCode: string | null;
}

const schoolSchema = new Schema<SchoolDoc>({
  id: { type: String, required: true, unique: true },
  name: { type: String, required: true },
  stage: { type: String, enum: SCHOOL_STAGES, required: true },
  countyCode: { type: String, required: true, index: true },
  townshipCode: { type: String, default: null },
});

export const School = mongoose.model<SchoolDoc>('School', schoolSchema, 'schools');
