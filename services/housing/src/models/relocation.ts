import mongoose, { Schema, type InferSchemaType } from 'mongoose';

export const RELOCATION_DWELLINGS = ['ORDINARY', 'SUBSIDISED', 'TRANSITIONAL'] as const;

/** 易地扶贫搬迁: a household is relocated once, so householdId is unique. */
const relocationSchema = new Schema({
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

export type RelocationDoc = InferSchemaType<typeof relocationSchema>;
export const Relocation = mongoose.model('Relocation', relocationSchema, 'relocations');
