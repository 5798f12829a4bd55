import mongoose, { Schema } from 'mongoose';

/**
 * What one household owes in microloans not yet repaid (by principal granted), kept beside
 * its loans so that the 5万元 ceiling is enforced by one conditional update of one document:
 * concurrent grants cannot pass it together on any engine. Stored under the household id.
 */
export interface MicroloanExposureDoc {
  /** The household id. */
  _id: string;
  /** Fen. */
  outstanding: number;
}

const microloanExposureSchema = new Schema<MicroloanExposureDoc>(
  {
    _id: { type: String, required: true },
    outstanding: { type: Number, required: true, min: 0 },
  },
  { versionKey: false },
);

export const MicroloanExposure = mongoose.model<MicroloanExposureDoc>('MicroloanExposure', microloanExposureSchema, 'microloanExposures');
