import mongoose, { Schema } from 'mongoose';

/** A city department (市人社局...), and the subgraph whose records it keeps, if any. */
export interface DepartmentDoc {
  code: string;
  name: string;
  domain: string | null;
}

const departmentSchema = new Schema<DepartmentDoc>({
  code: { type: String, required: true, unique: true },
  name: { type: String, required: true },
  domain: { type: String, default: null },
});

export const Department = mongoose.model<DepartmentDoc>('Department', departmentSchema, 'departments');
