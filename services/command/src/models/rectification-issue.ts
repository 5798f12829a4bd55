import mongoose, { Schema, type InferSchemaType } from 'mongoose';

export const RECTIFICATION_STATUSES = ['OPEN', 'RECTIFIED', 'VERIFIED'] as const;

/** 整改问题 found by an inspection; `version` guards closing against a stale read. */
const rectificationIssueSchema = new Schema({
  id: { type: String, required: true, unique: true },
  inspectionId: { type: String, required: true, index: true },
  countyCode: { type: String, required: true },
  /** The HQ whose work the issue concerns. */
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

export type RectificationIssueDoc = InferSchemaType<typeof rectificationIssueSchema>;
export const RectificationIssue = mongoose.model('RectificationIssue', rectificationIssueSchema, 'rectificationIssues');
