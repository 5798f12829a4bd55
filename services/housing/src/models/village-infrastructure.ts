import mongoose, { Schema, type InferSchemaType } from 'mongoose';

/** Road, bus and power status of one village (通硬化路、通客车、农网改造). */
const villageInfrastructureSchema = new Schema({
  villageCode: { type: String, required: true, unique: true },
  countyCode: { type: String, required: true, index: true },
  hardenedRoad: { type: Boolean, required: true },
  busService: { type: Boolean, required: true },
  gridUpgraded: { type: Boolean, required: true },
  checkedYear: { type: Number, required: true, min: 2014, max: 2030 },
});

export type VillageInfrastructureDoc = InferSchemaType<typeof villageInfrastructureSchema>;
export const VillageInfrastructure = mongoose.model('VillageInfrastructure', villageInfrastructureSchema, 'villageInfrastructure');
