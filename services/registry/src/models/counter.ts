import mongoose, { Schema } from 'mongoose';

/** Per-village household sequence, incremented atomically to make household ids. */
export interface CounterDoc {
  _id: string;
  value: number;
}

export const Counter = mongoose.model<CounterDoc>(
  'Counter',
  new Schema<CounterDoc>({ _id: { type: String, required: true }, value: { type: Number, required: true } }, { versionKey: false }),
  'counters',
);
