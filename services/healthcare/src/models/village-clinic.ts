import mongoose, { Schema } from 'mongoose';

/** 村卫生室: one per village, keyed by the village code. */
export interface VillageClinicDoc {
  villageCode: string;
  countyCode: string;
  name: string;
  /** 标准化村卫生室: meets the standard (at least 80 m² among other things). */
  standardized: boolean;
  standardizedYear: number | null;
  areaM2: number;
  /** 乡村医生 working there. */
  villageDoctors: number;
  /** 远程医疗: connected to a hospital for remote consultation. */
  remoteCare: boolean;
  remoteCareSince: Date | null;
}

const villageClinicSchema = new Schema<VillageClinicDoc>({
  villageCode: { type: String, required: true, unique: true },
  countyCode: { type: String, required: true, index: true },
  name: { type: String, required: true },
  standardized: { type: Boolean, required: true },
  standardizedYear: { type: Number, default: null },
  areaM2: { type: Number, required: true, min: 0 },
  villageDoctors: { type: Number, required: true, min: 0 },
  remoteCare: { type: Boolean, required: true },
  remoteCareSince: { type: Date, default: null },
});

export const VillageClinic = mongoose.model<VillageClinicDoc>('VillageClinic', villageClinicSchema, 'villageClinics');
