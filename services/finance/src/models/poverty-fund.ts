import mongoose, { Schema } from 'mongoose';

/** 扶贫资金 of one county in one year, in fen. */
export interface PovertyFundDoc {
  countyCode: string;
  year: number;
  allocated: number;
  disbursed: number;
}

const povertyFundSchema = new Schema<PovertyFundDoc>({
  countyCode: { type: String, required: true },
  year: { type: Number, required: true, min: 2014, max: 2030 },
  allocated: { type: Number, required: true, min: 0 },
  disbursed: { type: Number, required: true, min: 0 },
});
povertyFundSchema.index({ countyCode: 1, year: 1 }, { unique: true });

export const PovertyFund = mongoose.model<PovertyFundDoc>('PovertyFund', povertyFundSchema, 'povertyFunds');
