import mongoose, { Schema } from 'mongoose';

/** 扶贫车间: an enterprise's workshop in a village, employing poor villagers near home. */
export interface WorkshopDoc {
  id: string;
  name: string;
  villageCode: string;
  countyCode: string;
  enterprise: string;
  industry: string;
  openedOn: Date;
  /** Positions, poor workers or not. */
  jobs: number;
}

const workshopSchema = new Schema<WorkshopDoc>({
  id: { type: String, required: true, unique: true },
  name: { type: String, required: true },
  villageCode: { type: String, required: true, index: true },
  countyCode: { type: String, required: true, index: true },
  enterprise: { type: String, required: true },
  industry: { type: String, required: true },
  openedOn: { type: Date, required: true },
  jobs: { type: Number, required: true, min: 0 },
});

export const Workshop = mongoose.model<WorkshopDoc>('Workshop', workshopSchema, 'workshops');
