import mongoose, { Schema } from 'mongoose';

export const TASK_STATUSES = ['NOT_STARTED', 'IN_PROGRESS', 'DONE'] as const;

/** One line of an HQ's 台账 (task ledger). */
export interface TaskLedgerEntryDoc {
  id: string;
  headquartersCode: string;
  task: string;
  ownerDepartmentCode: string;
  /** Null for a city-wide task. */
  countyCode: string | null;
  dueDate: Date;
  status: (typeof TASK_STATUSES)[number];
}

const taskLedgerEntrySchema = new Schema<TaskLedgerEntryDoc>({
  id: { type: String, required: true, unique: true },
  headquartersCode: { type: String, required: true },
  task: { type: String, required: true },
  ownerDepartmentCode: { type: String, required: true },
  countyCode: { type: String, default: null },
  dueDate: { type: Date, required: true },
  status: { type: String, enum: TASK_STATUSES, required: true },
});
taskLedgerEntrySchema.index({ headquartersCode: 1, dueDate: 1 });

export const TaskLedgerEntry = mongoose.model<TaskLedgerEntryDoc>('TaskLedgerEntry', taskLedgerEntrySchema, 'taskLedgerEntries');
