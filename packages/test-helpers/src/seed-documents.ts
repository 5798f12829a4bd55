import type { Model } from 'mongoose';
import { expect } from 'vitest';

/** Each document validates and reads back from its model unchanged: no field dropped, none added. */
export function expectStoredUnchanged<T>(model: Model<T>, docs: object[] | undefined): void {
  expect(docs?.length).toBeGreaterThan(0);
  for (const doc of docs!) {
    const stored = new model(doc);
    expect(stored.validateSync()).toBeUndefined();
    const { _id, ...fields } = stored.toObject({ versionKey: false });
    expect(fields).toEqual(doc);
  }
}
