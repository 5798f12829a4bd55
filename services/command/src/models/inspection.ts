import mongoose, { Schema, type InferSchemaType } from 'mongoose';

export const INSPECTION_METHODS = [
  'FOUR_NO_TWO_DIRECT',
  'SCHEDULED',
  'RANDOM_CHECK',
  'UNANNOUNCED',
  'ON_SITE_STAY',
  'ONLINE_POLL',
  'PHONE_SAMPLING',
  'HOME_VISIT',
  'INSPECTION_AND_RESEARCH',
  'QUESTIONNAIRE',
  'INTERVIEW',
] as const;

/** 督查 of one county. */
const inspectionSchema = new Schema({
  id: { type: String, required: true, unique: true },
  method: { type: String, enum: INSPECTION_METHODS, required: true },
  countyCode: { type: String, required: true },
  /** The campaign it belongs to, e.g. 回头看大整改. */
  campaign: { type: String, default: null },
  date: { type: Date, required: true },
  findingsCount: { type: Number, required: true, min: 0 },
});
inspectionSchema.index({ countyCode: 1, date: -1 });
inspectionSchema.index({ date: -1 });

export type InspectionDoc = InferSchemaType<typeof inspectionSchema>;
export const Inspection = mongoose.model('Inspection', inspectionSchema, 'inspections');
