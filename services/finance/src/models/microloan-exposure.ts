import mongoose, { Schema, type InferSchemaType } from 'mongoose';

/**
 * What one household owes in microloans not yet repaid (by principal granted), kept beside
 * its loans so that the 5万元 ceiling is enforced by one conditional update of one document:
 * concurrent grants cannot pass it together on any engine. Stored under the household id.
 */
const microloanExposureSchema = new Schema(
  {
    /** The household id. */
    _id: { type: String, required: true },
    /** Fen. */
    outstanding: { type: Number, required: true, min: 0 },
  },
  { versionKey: false },
);

export type MicroloanExposureDoc = InferSchemaType<typeof microloanExposureSchema>;
export const MicroloanExposure = mongoose.model('MicroloanExposure', microloanExposureSchema, 'microloanExposures');
