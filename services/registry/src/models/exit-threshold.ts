import mongoose, { Schema, type InferSchemaType } from 'mongoose';

export const EXIT_THRESHOLD_KEYS = ['COUNTY_INCIDENCE', 'WRONG_EXIT_RATE', 'OMISSION_RATE', 'SATISFACTION', 'POVERTY_VILLAGES_EXITED', 'VILLAGE_INCIDENCE', 'COLLECTIVE_INCOME'] as const;
export type ExitThresholdKey = (typeof EXIT_THRESHOLD_KEYS)[number];

/** A threshold of 村出列 or 县摘帽 with its source: data, so a province can set its own. */
const exitThresholdSchema = new Schema({
  key: { type: String, enum: EXIT_THRESHOLD_KEYS, required: true, unique: true },
  /** Percent for rates and shares; yuan for income. */
  value: { type: Number, required: true },
  source: { type: String, required: true },
});

export type ExitThresholdDoc = InferSchemaType<typeof exitThresholdSchema>;
export const ExitThreshold = mongoose.model('ExitThreshold', exitThresholdSchema, 'exitThresholds');
