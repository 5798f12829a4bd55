import mongoose, { Schema } from 'mongoose';

export const RELOCATION_DWELLINGS = ['ORDINARY', 'SUBSIDISED', 'TRANSITIONAL'] as const;

/** 易地扶贫搬迁: a household is relocated once, so householdId is unique. */
export interface RelocationDoc {
  id: string;
  householdId: string;
  fromVillageCode: string;
  countyCode: string;
  siteId: string;
  year: number;
  people: number;
  dwelling: (typeof RELOCATION_DWELLINGS)[number];
  movedIn: boolean;
}

const relocationSchema = new Schema<RelocationDoc>({
  id: { type: String, required: true, unique: true },
  householdId: { type: String, required: true, unique: true },
  fromVillageCode: { type: String, required: true, index: true },
  countyCode: { type: String, required: true, index: true },
  siteId: { type: String, required: true },
  year: { type: Number, required: true, min: 2014, max: 2030 },
  people: { type: Number, required: true, min: 1 },
  dwelling: { type: String, enum: RELOCATION_DWELLINGS, required: true },
  movedIn: { type: Boolean, required: true },
});
// Counting a site's moved-in households filters on both.
relocationSchema.index({ siteId: 1, movedIn: 1 });

export const Relocation = mongoose.model<RelocationDoc>('Relocation', relocationSchema, 'relocations');
