import mongoose, { Schema, type InferSchemaType } from 'mongoose';

/** 村集体经济收入 of one village in one year, in fen. */
const villageCollectiveIncomeSchema = new Schema({
  villageCode: { type: String, required: true },
  countyCode: { type: String, required: true, index: true },
  year: { type: Number, required: true, min: 2014, max: 2030 },
  amount: { type: Number, required: true, min: 0 },
});
villageCollectiveIncomeSchema.index({ villageCode: 1, year: 1 }, { unique: true });

export type VillageCollectiveIncomeDoc = InferSchemaType<typeof villageCollectiveIncomeSchema>;
export const VillageCollectiveIncome = mongoose.model('VillageCollectiveIncome', villageCollectiveIncomeSchema, 'villageCollectiveIncomes');
