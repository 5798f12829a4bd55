import mongoose, { Schema, type InferSchemaType } from 'mongoose';

/** 集中安置点: households moved in are counted from relocations, never stored twice. */
const resettlementSiteSchema = new Schema({
  id: { type: String, required: true, unique: true },
  name: { type: String, required: true },
  countyCode: { type: String, required: true, index: true },
  townshipCode: { type: String, required: true },
  capacityHouseholds: { type: Number, required: true, min: 1 },
  startedYear: { type: Number, required: true, min: 2014, max: 2030 },
});

export type ResettlementSiteDoc = InferSchemaType<typeof resettlementSiteSchema>;
export const ResettlementSite = mongoose.model('ResettlementSite', resettlementSiteSchema, 'resettlementSites');
