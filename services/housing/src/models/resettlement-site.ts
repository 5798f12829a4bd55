import mongoose, { Schema } from 'mongoose';

/** 集中安置点: households moved in are counted from relocations, never stored twice. */
export interface ResettlementSiteDoc {
  id: string;
  name: string;
  countyCode: string;
  townshipCode: string;
  capacityHouseholds: number;
  startedYear: number;
}

const resettlementSiteSchema = new Schema<ResettlementSiteDoc>({
  id: { type: String, required: true, unique: true },
  name: { type: String, required: true },
  countyCode: { type: String, required: true, index: true },
  townshipCode: { type: String, required: true },
  capacityHouseholds: { type: Number, required: true, min: 1 },
  startedYear: { type: Number, required: true, min: 2014, max: 2030 },
});

export const ResettlementSite = mongoose.model<ResettlementSiteDoc>('ResettlementSite', resettlementSiteSchema, 'resettlementSites');
