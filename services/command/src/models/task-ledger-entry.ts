import mongoose, { Schema, type InferSchemaType } from 'mongoose';

export const TASK_STATUSES = ['NOT_STARTED', 'IN_PROGRESS', 'DONE'] as const;

/** One line of an HQ's 台账 (task ledger). */
const taskLedgerEntrySchema = new Schema({
  id: { type: String, required: true, unique: true },
  headquartersCode: { type: String, required: true },
  task: { type: String, required: true },
  ownerDepartmentCode: { type: String, required: true },
  /** Null for a city-wide task. */
  countyCode: { type: String, default: null },
  dueDate: { type: Date, required: true },
  status: { type: String, enum: TASK_STATUSES, required: true },
});
taskLedgerEntrySchema.index({ headquartersCode: 1, dueDate: 1 });

export type TaskLedgerEntryDoc = InferSchemaType<typeof taskLedgerEntrySchema>;
export const TaskLedgerEntry = mongoose.model('TaskLedgerEntry', taskLedgerEntrySchema, 'taskLedgerEntries');
