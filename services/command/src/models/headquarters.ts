import mongoose, { Schema } from 'mongoose';

export const HEADQUARTERS_CATEGORIES = ['FOUR_BATTLES', 'SIX_ACTIONS', 'FOUR_GUARANTEES'] as const;

/** 重大专项工作指挥部: departments are referenced by code. */
export interface HeadquartersDoc {
  code: string;
  name: string;
  category: (typeof HEADQUARTERS_CATEGORIES)[number];
  /** Position in the city's list, which groups the HQs by category. */
  rank: number;
  leadDepartmentCode: string;
  memberDepartmentCodes: string[];
}

const headquartersSchema = new Schema<HeadquartersDoc>({
  code: { type: String, required: true, unique: true },
  name: { type: String, required: true },
  category: { type: String, enum: HEADQUARTERS_CATEGORIES, required: true },
  rank: { type: Number, required: true },
  leadDepartmentCode: { type: String, required: true },
  memberDepartmentCodes: { type: [String], default: [] },
});

export const Headquarters = mongoose.model<HeadquartersDoc>('Headquarters', headquartersSchema, 'headquarters');
