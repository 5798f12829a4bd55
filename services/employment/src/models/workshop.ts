import mongoose, { Schema, type InferSchemaType } from 'mongoose';

/** 扶贫车间: an enterprise's workshop in a village, employing poor villagers near home. */
const workshopSchema = new Schema({
  id: { type: String, required: true, unique: true },
  name: { type: String, required: true },
  villageCode: { type: String, required: true, index: true },
  countyCode: { type: String, required: true, index: true },
  enterprise: { type: String, required: true },
  industry: { type: String, required: true },
  openedOn: { type: Date, required: true },
  /** Positions, poor workers or not. */
  jobs: { type: Number, required: true, min: 0 },
});

export type WorkshopDoc = InferSchemaType<typeof workshopSchema>;
export const Workshop = mongoose.model('Workshop', workshopSchema, 'workshops');
