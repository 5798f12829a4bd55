import mongoose, { Schema } from 'mongoose';

/** 风险补偿金: one fund per county. */
export interface RiskGuaranteeFundDoc {
  countyCode: string;
  bank: string;
  /** Fen. */
  deposited: number;
  leverageMultiple: number;
  establishedYear: number;
}

const riskGuaranteeFundSchema = new Schema<RiskGuaranteeFundDoc>({
  countyCode: { type: String, required: true, unique: true },
  bank: { type: String, required: true },
  deposited: { type: Number, required: true, min: 0 },
  leverageMultiple: { type: Number, required: true, min: 1 },
  establishedYear: { type: Number, required: true, min: 2014, max: 2030 },
});

export const RiskGuaranteeFund = mongoose.model<RiskGuaranteeFundDoc>('RiskGuaranteeFund', riskGuaranteeFundSchema, 'riskGuaranteeFunds');
