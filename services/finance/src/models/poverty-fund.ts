import mongoose, { Schema, type InferSchemaType } from 'mongoose';

/** 扶贫资金 of one county in one year, in fen. */
const povertyFundSchema = new Schema({
  countyCode: { type: String, required: true },
  year: { type: Number, required: true, min: 2014, max: 2030 },
  allocated: { type: Number, required: true, min: 0 },
  disbursed: { type: Number, required: true, min: 0 },
});
povertyFundSchema.index({ countyCode: 1, year: 1 }, { unique: true });

export type PovertyFundDoc = InferSchemaType<typeof povertyFundSchema>;
export const PovertyFund = mongoose.model('PovertyFund', povertyFundSchema, 'povertyFunds');
