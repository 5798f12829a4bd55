import mongoose, { Schema, type InferSchemaType } from 'mongoose';

/** 扶贫标准: per-capita net income a household must exceed to exit, per year; a province may set its own. */
const povertyLineSchema = new Schema({
  year: { type: Number, required: true, min: 2014, max: 2030 },
  /** Two-digit province code; null for the national line. */
  provinceCode: { type: String, default: null },
  /** Fen per person and year. */
  amount: { type: Number, required: true, min: 1 },
  source: { type: String, required: true },
});
povertyLineSchema.index({ year: 1, provinceCode: 1 }, { unique: true });

export type PovertyLineDoc = InferSchemaType<typeof povertyLineSchema>;
export const PovertyLine = mongoose.model('PovertyLine', povertyLineSchema, 'povertyLines');
