import mongoose, { Schema } from 'mongoose';

/** Road, bus and power status of one village (通硬化路、通客车、农网改造). */
export interface VillageInfrastructureDoc {
  villageCode: string;
  countyCode: string;
  hardenedRoad: boolean;
  busService: boolean;
  gridUpgraded: boolean;
  checkedYear: number;
}

const villageInfrastructureSchema = new Schema<VillageInfrastructureDoc>({
  villageCode: { type: String, required: true, unique: true },
  countyCode: { type: String, required: true, index: true },
  hardenedRoad: { type: Boolean, required: true },
  busService: { type: Boolean, required: true },
  gridUpgraded: { type: Boolean, required: true },
  checkedYear: { type: Number, required: true, min: 2014, max: 2030 },
});

export const VillageInfrastructure = mongoose.model<VillageInfrastructureDoc>(
  'VillageInfrastructure',
  villageInfrastructureSchema,
  'villageInfrastructure',
);
