import mongoose, { Schema, type InferRawDocType, type InferSchemaType } from 'mongoose';

export const INDUSTRY_PROJECT_KINDS = ['PHOTOVOLTAIC', 'EDIBLE_FUNGI', 'WORKSHOP', 'RURAL_TOURISM', 'LIVESTOCK', 'PROCESSING'] as const;

const projectIncomeSchema = new Schema(
  {
    year: { type: Number, required: true },
    /** Fen. */
    amount: { type: Number, required: true, min: 0 },
  },
  { _id: false },
);

/**
 * 产业项目 with its yearly income embedded: a year's income is one single-document update.
 * The fields are kept apart from the schema so that the document type is inferred as stored
 * (income a plain array), not as mongoose hydrates it (a DocumentArray).
 */
const industryProjectFields = {
  id: { type: String, required: true, unique: true },
  name: { type: String, required: true },
  kind: { type: String, enum: INDUSTRY_PROJECT_KINDS, required: true },
  countyCode: { type: String, required: true },
  /** Null for a county-wide project. */
  villageCode: { type: String, default: null, index: true },
  /** Fen. */
  investment: { type: Number, required: true, min: 0 },
  capacityKw: { type: Number, default: null, min: 0 },
  householdsBenefited: { type: Number, required: true, min: 0 },
  startedYear: { type: Number, required: true, min: 2014, max: 2030 },
  income: { type: [projectIncomeSchema], default: [] },
};
const industryProjectSchema = new Schema(industryProjectFields);
industryProjectSchema.index({ countyCode: 1, kind: 1 });

export type ProjectIncomeDoc = InferSchemaType<typeof projectIncomeSchema>;
export type IndustryProjectDoc = InferRawDocType<typeof industryProjectFields>;
export const IndustryProject = mongoose.model('IndustryProject', industryProjectSchema, 'industryProjects');
