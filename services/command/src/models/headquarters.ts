import mongoose, { Schema, type InferSchemaType } from 'mongoose';

export const HEADQUARTERS_CATEGORIES = ['FOUR_BATTLES', 'SIX_ACTIONS', 'FOUR_GUARANTEES'] as const;

/** 重大专项工作指挥部: departments are referenced by code. */
const headquartersSchema = new Schema({
  code: { type: String, required: true, unique: true },
  name: { type: String, required: true },
  category: { type: String, enum: HEADQUARTERS_CATEGORIES, required: true },
  /** Position in the city's list, which groups the HQs by category. */
  rank: { type: Number, required: true },
  leadDepartmentCode: { type: String, required: true },
  memberDepartmentCodes: { type: [String], default: [] },
});

export type HeadquartersDoc = InferSchemaType<typeof headquartersSchema>;
export const Headquarters = mongoose.model('Headquarters', headquartersSchema, 'headquarters');
