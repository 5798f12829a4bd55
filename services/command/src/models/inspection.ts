import mongoose, { Schema } from 'mongoose';

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
export interface InspectionDoc {
  id: string;
  method: (typeof INSPECTION_METHODS)[number];
  countyCode: string;
  /** The campaign it belongs to, e.g. 回头看大整改. */
  campaign: string | null;
  date: Date;
  findingsCount: number;
}

const inspectionSchema = new Schema<InspectionDoc>({
  id: { type: String, required: true, unique: true },
  method: { type: String, enum: INSPECTION_METHODS, required: true },
  countyCode: { type: String, required: true },
  campaign: { type: String, default: null },
  date: { type: Date, required: true },
  findingsCount: { type: Number, required: true, min: 0 },
});
inspectionSchema.index({ countyCode: 1, date: -1 });
inspectionSchema.index({ date: -1 });

export const Inspection = mongoose.model<InspectionDoc>('Inspection', inspectionSchema, 'inspections');
