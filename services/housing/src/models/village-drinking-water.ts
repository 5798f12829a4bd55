import mongoose, { Schema } from 'mongoose';

export const WATER_SOURCES = ['PIPED', 'DEEP_WELL', 'SPRING', 'CISTERN'] as const;

/** 安全饮水 status of one village. */
export interface VillageDrinkingWaterDoc {
  villageCode: string;
  countyCode: string;
  safe: boolean;
  source: (typeof WATER_SOURCES)[number];
  securedYear: number | null;
  /** Fen, when the village had a water project. */
  investment: number | null;
}

const villageDrinkingWaterSchema = new Schema<VillageDrinkingWaterDoc>({
  villageCode: { type: String, required: true, unique: true },
  countyCode: { type: String, required: true, index: true },
  safe: { type: Boolean, required: true },
  source: { type: String, enum: WATER_SOURCES, required: true },
  securedYear: { type: Number, default: null },
  investment: { type: Number, default: null, min: 0 },
});

export const VillageDrinkingWater = mongoose.model<VillageDrinkingWaterDoc>('VillageDrinkingWater', villageDrinkingWaterSchema, 'villageDrinkingWater');
