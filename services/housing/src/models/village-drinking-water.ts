import mongoose, { Schema, type InferSchemaType } from 'mongoose';

export const WATER_SOURCES = ['PIPED', 'DEEP_WELL', 'SPRING', 'CISTERN'] as const;

/** 安全饮水 status of one village. */
const villageDrinkingWaterSchema = new Schema({
  villageCode: { type: String, required: true, unique: true },
  countyCode: { type: String, required: true, index: true },
  safe: { type: Boolean, required: true },
  source: { type: String, enum: WATER_SOURCES, required: true },
  securedYear: { type: Number, default: null },
  /** Fen, when the village had a water project. */
  investment: { type: Number, default: null, min: 0 },
});

export type VillageDrinkingWaterDoc = InferSchemaType<typeof villageDrinkingWaterSchema>;
export const VillageDrinkingWater = mongoose.model('VillageDrinkingWater', villageDrinkingWaterSchema, 'villageDrinkingWater');
