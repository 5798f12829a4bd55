import mongoose, { Schema } from 'mongoose';

/** Who saw which person's unmasked personal data, when and why (append-only). */
export interface PersonalDataReadDoc {
  at: Date;
  subject: string | null;
  role: string;
  department: string | null;
  purpose: string;
  requestId: string;
  personId: string;
  field: 'residentId' | 'phone';
}

const readSchema = new Schema<PersonalDataReadDoc>(
  {
    at: { type: Date, required: true },
    subject: { type: String, default: null },
    role: { type: String, required: true },
    department: { type: String, default: null },
    purpose: { type: String, required: true },
    requestId: { type: String, required: true },
    personId: { type: String, required: true, index: true },
    field: { type: String, required: true },
  },
  { versionKey: false },
);
readSchema.index({ subject: 1, at: 1 });

export const PersonalDataRead = mongoose.model<PersonalDataReadDoc>('PersonalDataRead', readSchema, 'personalDataReads');
