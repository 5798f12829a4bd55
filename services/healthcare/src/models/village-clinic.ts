import mongoose, { Schema, type InferSchemaType } from 'mongoose';

/** 村卫生室: one per village, keyed by the village code. */
const villageClinicSchema = new Schema({
  villageCode: { type: String, required: true, unique: true },
  countyCode: { type: String, required: true, index: true },
  name: { type: String, required: true },
  /** 标准化村卫生室: meets the standard (at least 80 m² among other things). */
  standardized: { type: Boolean, required: true },
  standardizedYear: { type: Number, default: null },
  areaM2: { type: Number, required: true, min: 0 },
  /** 乡村医生 working there. */
  villageDoctors: { type: Number, required: true, min: 0 },
  /** 远程医疗: connected to a hospital for remote consultation. */
  remoteCare: { type: Boolean, required: true },
  remoteCareSince: { type: Date, default: null },
});

export type VillageClinicDoc = InferSchemaType<typeof villageClinicSchema>;
export const VillageClinic = mongoose.model('VillageClinic', villageClinicSchema, 'villageClinics');
