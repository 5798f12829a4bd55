import mongoose, { Schema } from 'mongoose';

export const HOUSE_GRADES = ['A', 'B', 'C', 'D'] as const;
export const RENOVATION_METHODS = ['REPLACEMENT', 'REPAIR', 'NEW_BUILD'] as const;

/** 危房改造, one case per household (一户一档): householdId is unique. */
export interface HouseRenovationDoc {
  id: string;
  householdId: string;
  villageCode: string;
  countyCode: string;
  grade: (typeof HOUSE_GRADES)[number];
  method: (typeof RENOVATION_METHODS)[number];
  /** Fen. */
  subsidy: number;
  completedYear: number | null;
}

const houseRenovationSchema = new Schema<HouseRenovationDoc>({
  id: { type: String, required: true, unique: true },
  householdId: { type: String, required: true, unique: true },
  villageCode: { type: String, required: true },
  countyCode: { type: String, required: true },
  grade: { type: String, enum: HOUSE_GRADES, required: true },
  method: { type: String, enum: RENOVATION_METHODS, required: true },
  subsidy: { type: Number, required: true, min: 1 },
  completedYear: { type: Number, default: null },
});
// County listings filter by grade and page in household order.
houseRenovationSchema.index({ countyCode: 1, grade: 1, householdId: 1 });
houseRenovationSchema.index({ countyCode: 1, householdId: 1 });

export const HouseRenovation = mongoose.model<HouseRenovationDoc>('HouseRenovation', houseRenovationSchema, 'houseRenovations');

/** The id a household's renovation case gets: recording the same household twice collides. */
export function renovationId(householdId: string): string {
  return `RN-${householdId}`;
}
