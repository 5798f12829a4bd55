import mongoose, { Schema } from 'mongoose';

export const INDUSTRY_PROJECT_KINDS = ['PHOTOVOLTAIC', 'EDIBLE_FUNGI', 'WORKSHOP', 'RURAL_TOURISM', 'LIVESTOCK', 'PROCESSING'] as const;

export interface ProjectIncomeDoc {
  year: number;
  /** Fen. */
  amount: number;
}

/** 产业项目 with its yearly income embedded: a year's income is one single-document update. */
export interface IndustryProjectDoc {
  id: string;
  name: string;
  kind: (typeof INDUSTRY_PROJECT_KINDS)[number];
  countyCode: string;
  /** Null for a county-wide project. */
  villageCode: string | null;
  /** Fen. */
  investment: number;
  capacityKw: number | null;
  householdsBenefited: number;
  startedYear: number;
  income: ProjectIncomeDoc[];
}

const projectIncomeSchema = new Schema<ProjectIncomeDoc>(
  {
    year: { type: Number, required: true },
    amount: { type: Number, required: true, min: 0 },
  },
  { _id: false },
);

const industryProjectSchema = new Schema<IndustryProjectDoc>({
  id: { type: String, required: true, unique: true },
  name: { type: String, required: true },
  kind: { type: String, enum: INDUSTRY_PROJECT_KINDS, required: true },
  countyCode: { type: String, required: true },
  villageCode: { type: String, default: null, index: true },
  investment: { type: Number, required: true, min: 0 },
  capacityKw: { type: Number, default: null, min: 0 },
  householdsBenefited: { type: Number, required: true, min: 0 },
  startedYear: { type: Number, required: true, min: 2014, max: 2030 },
  income: { type: [projectIncomeSchema], default: [] },
});
industryProjectSchema.index({ countyCode: 1, kind: 1 });

export const IndustryProject = mongoose.model<IndustryProjectDoc>('IndustryProject', industryProjectSchema, 'industryProjects');
