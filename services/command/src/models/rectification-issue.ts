import mongoose, { Schema } from 'mongoose';

export const RECTIFICATION_STATUSES = ['OPEN', 'RECTIFIED', 'VERIFIED'] as const;

/** 整改问题 found by an inspection; `version` guards closing against a stale read. */
export interface RectificationIssueDoc {
  id: string;
  inspectionId: string;
  countyCode: string;
  /** The HQ whose work the issue concerns. */
  headquartersCode: string;
  description: string;
  status: (typeof RECTIFICATION_STATUSES)[number];
  deadline: Date;
  rectifiedOn: Date | null;
  rectifiedBy: string | null;
  version: number;
}

const rectificationIssueSchema = new Schema<RectificationIssueDoc>({
  id: { type: String, required: true, unique: true },
  inspectionId: { type: String, required: true, index: true },
  countyCode: { type: String, required: true },
  headquartersCode: { type: String, required: true },
  description: { type: String, required: true },
  status: { type: String, enum: RECTIFICATION_STATUSES, required: true },
  deadline: { type: Date, required: true },
  rectifiedOn: { type: Date, default: null },
  rectifiedBy: { type: String, default: null },
  version: { type: Number, required: true, default: 1 },
});
rectificationIssueSchema.index({ status: 1, deadline: 1 });
rectificationIssueSchema.index({ countyCode: 1, status: 1, deadline: 1 });

export const RectificationIssue = mongoose.model<RectificationIssueDoc>('RectificationIssue', rectificationIssueSchema, 'rectificationIssues');
