import mongoose, { Schema, type InferSchemaType } from 'mongoose';

/**
 * 入户核验: a visit that checks a household against the exit standard for a year, recording
 * what the visitor found (不愁吃, 不愁穿) and whether the household is satisfied (群众认可度).
 */
const verificationVisitSchema = new Schema({
  id: { type: String, required: true, unique: true },
  householdId: { type: String, required: true, index: true },
  countyCode: { type: String, required: true },
  /** The year checked; the visit may fall early in the next. */
  year: { type: Number, required: true, min: 2014, max: 2030 },
  visitedOn: { type: Date, required: true },
  food: { type: Boolean, required: true },
  clothing: { type: Boolean, required: true },
  /** Null when the household did not answer. */
  satisfied: { type: Boolean, default: null },
  note: { type: String, default: null },
  visitor: { type: String, required: true },
});
// Satisfaction rates count a county's visits of a year.
verificationVisitSchema.index({ countyCode: 1, year: 1 });

export type VerificationVisitDoc = InferSchemaType<typeof verificationVisitSchema>;
export const VerificationVisit = mongoose.model('VerificationVisit', verificationVisitSchema, 'verificationVisits');
