import mongoose, { Schema, type InferSchemaType } from 'mongoose';

export const HOUSE_GRADES = ['A', 'B', 'C', 'D'] as const;
export const RENOVATION_METHODS = ['REPLACEMENT', 'REPAIR', 'NEW_BUILD'] as const;

/** 危房改造, one case per household (一户一档): householdId is unique. */
const houseRenovationSchema = new Schema({
  id: { type: String, required: true, unique: true },
  householdId: { type: String, required: true, unique: true },
  villageCode: { type: String, required: true },
  countyCode: { type: String, required: true },
  grade: { type: String, enum: HOUSE_GRADES, required: true },
  method: { type: String, enum: RENOVATION_METHODS, required: true },
  /** Fen. */
  subsidy: { type: Number, required: true, min: 1 },
  completedYear: { type: Number, default: null },
});
// County listings filter by grade and page in household order.
houseRenovationSchema.index({ countyCode: 1, grade: 1, householdId: 1 });
houseRenovationSchema.index({ countyCode: 1, householdId: 1 });

export type HouseRenovationDoc = InferSchemaType<typeof houseRenovationSchema>;
export const HouseRenovation = mongoose.model('HouseRenovation', houseRenovationSchema, 'houseRenovations');

/** The id a household's renovation case gets: recording the same household twice collides. */
export function renovationId(householdId: string): string {
  return `RN-${householdId}`;
}
