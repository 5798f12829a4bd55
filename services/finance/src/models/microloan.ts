import mongoose, { Schema } from 'mongoose';

export const MICROLOAN_STATUSES = ['ACTIVE', 'OVERDUE', 'REPAID'] as const;

/** 扶贫小额信贷: 5万元以下、3年以内. */
export const MAX_MICROLOAN_FEN = 5_000_000;
export const MAX_MICROLOAN_MONTHS = 36;

export interface MicroloanDoc {
  id: string;
  householdId: string;
  villageCode: string;
  countyCode: string;
  /** Fen. */
  amount: number;
  bank: string;
  termMonths: number;
  grantedOn: Date;
  status: (typeof MICROLOAN_STATUSES)[number];
  /** Fen; 0 unless status is OVERDUE. */
  overdueAmount: number;
}

const microloanSchema = new Schema<MicroloanDoc>({
  id: { type: String, required: true, unique: true },
  householdId: { type: String, required: true, index: true },
  villageCode: { type: String, required: true },
  countyCode: { type: String, required: true },
  amount: { type: Number, required: true, min: 1, max: MAX_MICROLOAN_FEN },
  bank: { type: String, required: true },
  termMonths: { type: Number, required: true, min: 1, max: MAX_MICROLOAN_MONTHS },
  grantedOn: { type: Date, required: true },
  status: { type: String, enum: MICROLOAN_STATUSES, required: true },
  overdueAmount: { type: Number, required: true, min: 0, default: 0 },
});
// County listings are newest first; county summaries group by status.
microloanSchema.index({ countyCode: 1, grantedOn: -1, id: 1 });
microloanSchema.index({ countyCode: 1, status: 1 });

export const Microloan = mongoose.model<MicroloanDoc>('Microloan', microloanSchema, 'microloans');
