import mongoose, { Schema, type InferSchemaType } from 'mongoose';

export const MICROLOAN_STATUSES = ['ACTIVE', 'OVERDUE', 'REPAID'] as const;

/** 扶贫小额信贷: 5万元以下、3年以内. */
export const MAX_MICROLOAN_FEN = 5_000_000;
export const MAX_MICROLOAN_MONTHS = 36;

const microloanSchema = new Schema({
  id: { type: String, required: true, unique: true },
  householdId: { type: String, required: true, index: true },
  villageCode: { type: String, required: true },
  countyCode: { type: String, required: true },
  /** Fen. */
  amount: { type: Number, required: true, min: 1, max: MAX_MICROLOAN_FEN },
  bank: { type: String, required: true },
  termMonths: { type: Number, required: true, min: 1, max: MAX_MICROLOAN_MONTHS },
  grantedOn: { type: Date, required: true },
  status: { type: String, enum: MICROLOAN_STATUSES, required: true },
  /** Fen; 0 unless status is OVERDUE. */
  overdueAmount: { type: Number, required: true, min: 0, default: 0 },
});
// County listings are newest first; county summaries group by status.
microloanSchema.index({ countyCode: 1, grantedOn: -1, id: 1 });
microloanSchema.index({ countyCode: 1, status: 1 });

export type MicroloanDoc = InferSchemaType<typeof microloanSchema>;
export const Microloan = mongoose.model('Microloan', microloanSchema, 'microloans');
