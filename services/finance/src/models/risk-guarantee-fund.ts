import mongoose, { Schema, type InferSchemaType } from 'mongoose';

/** 风险补偿金: one fund per county. */
const riskGuaranteeFundSchema = new Schema({
  countyCode: { type: String, required: true, unique: true },
  bank: { type: String, required: true },
  /** Fen. */
  deposited: { type: Number, required: true, min: 0 },
  leverageMultiple: { type: Number, required: true, min: 1 },
  establishedYear: { type: Number, required: true, min: 2014, max: 2030 },
});

export type RiskGuaranteeFundDoc = InferSchemaType<typeof riskGuaranteeFundSchema>;
export const RiskGuaranteeFund = mongoose.model('RiskGuaranteeFund', riskGuaranteeFundSchema, 'riskGuaranteeFunds');
