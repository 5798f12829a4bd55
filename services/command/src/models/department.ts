import mongoose, { Schema, type InferSchemaType } from 'mongoose';

/** A city department (市人社局...), and the subgraph whose records it keeps, if any. */
const departmentSchema = new Schema({
  code: { type: String, required: true, unique: true },
  name: { type: String, required: true },
  domain: { type: String, default: null },
});

export type DepartmentDoc = InferSchemaType<typeof departmentSchema>;
export const Department = mongoose.model('Department', departmentSchema, 'departments');
