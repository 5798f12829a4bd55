import mongoose, { Schema, type InferSchemaType } from 'mongoose';
import { naturalKey } from '@pas/subgraph-kit';
import { cadreSchema, type CadreDoc } from './household.js';

// County and village keep interfaces: mongoose infers their `default: null` paths (contiguousArea,
// exitYear, firstSecretary, the cadres' phone and since) as optional `T | null | undefined`, wider
// than the `T | null` stated here, and the work team as a DocumentArray, not a plain array.
export interface CountyDoc {
  /** The code. */
  _id: string;
  code: string;
  name: string;
  city: string;
  nationalPovertyCounty: boolean;
  provincialPovertyCounty: boolean;
  deepPoverty: boolean;
  contiguousArea: string | null;
  ruralPopulation: number;
  exitYear: number | null;
}

export interface VillageDoc {
  /** The code. */
  _id: string;
  code: string;
  name: string;
  townshipCode: string;
  countyCode: string;
  povertyVillage: boolean;
  deepPoverty: boolean;
  ruralPopulation: number;
  exitYear: number | null;
  firstSecretary: CadreDoc | null;
  workTeam: CadreDoc[];
}

const countySchema = new Schema<CountyDoc>({
  code: { type: String, required: true, match: /^\d{6}$/ },
  name: { type: String, required: true },
  city: { type: String, required: true },
  nationalPovertyCounty: { type: Boolean, default: false },
  provincialPovertyCounty: { type: Boolean, default: false },
  deepPoverty: { type: Boolean, default: false },
  contiguousArea: { type: String, default: null },
  ruralPopulation: { type: Number, required: true, min: 0 },
  exitYear: { type: Number, default: null },
});

const townshipSchema = new Schema({
  code: { type: String, required: true, match: /^\d{9}$/ },
  name: { type: String, required: true },
  countyCode: { type: String, required: true, index: true },
});

const villageSchema = new Schema<VillageDoc>({
  code: { type: String, required: true, match: /^\d{12}$/ },
  name: { type: String, required: true },
  townshipCode: { type: String, required: true, index: true },
  countyCode: { type: String, required: true, index: true },
  povertyVillage: { type: Boolean, default: false },
  deepPoverty: { type: Boolean, default: false },
  ruralPopulation: { type: Number, required: true, min: 0 },
  exitYear: { type: Number, default: null },
  firstSecretary: { type: cadreSchema, default: null },
  workTeam: { type: [cadreSchema], default: [] },
});

countySchema.plugin(naturalKey('code'));
townshipSchema.plugin(naturalKey('code'));
villageSchema.plugin(naturalKey('code'));

// Inference cannot see the `_id` that the naturalKey plugin adds.
export type TownshipDoc = InferSchemaType<typeof townshipSchema> & {
  /** The code. */
  _id: string;
};

export const County = mongoose.model<CountyDoc>('County', countySchema, 'counties');
export const Township = mongoose.model<TownshipDoc>('Township', townshipSchema, 'townships');
export const Village = mongoose.model<VillageDoc>('Village', villageSchema, 'villages');
