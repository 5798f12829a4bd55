import mongoose, { Schema, type InferSchemaType } from 'mongoose';

export const SUBSIDY_KINDS = ['TRANSPORT', 'EMPLOYMENT_REWARD'] as const;

/** 交通补贴 or 就业奖补 paid to one labourer for one year. */
const employmentSubsidySchema = new Schema({
  id: { type: String, required: true, unique: true },
  personId: { type: String, required: true, index: true },
  householdId: { type: String, required: true, index: true },
  countyCode: { type: String, required: true, index: true },
  kind: { type: String, enum: SUBSIDY_KINDS, required: true },
  /** Fen. */
  amount: { type: Number, required: true, min: 0 },
  year: { type: Number, required: true, min: 2014, max: 2030 },
  paidOn: { type: Date, required: true },
});

export type EmploymentSubsidyDoc = InferSchemaType<typeof employmentSubsidySchema>;
export const EmploymentSubsidy = mongoose.model('EmploymentSubsidy', employmentSubsidySchema, 'employmentSubsidies');

/** A labourer receives each kind of subsidy at most once a year. */
export function employmentSubsidyId(kind: EmploymentSubsidyDoc['kind'], personId: string, year: number): string {
  return `ES-${personId}-${year}-${kind}`;
}
