import mongoose, { Schema, type InferSchemaType } from 'mongoose';

/** Per-village household sequence, incremented atomically to make household ids. */
const counterSchema = new Schema({ _id: { type: String, required: true }, value: { type: Number, required: true } }, { versionKey: false });

export type CounterDoc = InferSchemaType<typeof counterSchema>;
export const Counter = mongoose.model('Counter', counterSchema, 'counters');
