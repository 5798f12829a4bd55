import mongoose, { Schema, type InferSchemaType } from 'mongoose';

export const SCHOOL_STAGES = ['PRESCHOOL', 'PRIMARY', 'JUNIOR_SECONDARY', 'SENIOR_SECONDARY', 'VOCATIONAL', 'HIGHER'] as const;
export type SchoolStage = (typeof SCHOOL_STAGES)[number];
/** 义务教育: the stages no child may leave (控辍保学). */
export const COMPULSORY_STAGES: readonly SchoolStage[] = ['PRIMARY', 'JUNIOR_SECONDARY'];

const schoolSchema = new Schema({
  id: { type: String, required: true, unique: true },
  name: { type: String, required: true },
  stage: { type: String, enum: SCHOOL_STAGES, required: true },
  countyCode: { type: String, required: true, index: true },
  /** Null for a county-level school. */
  townshipCode: { type: String, default: null },
});

export type SchoolDoc = InferSchemaType<typeof schoolSchema>;
export const School = mongoose.model('School', schoolSchema, 'schools');
