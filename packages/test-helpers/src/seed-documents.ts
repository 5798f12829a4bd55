import { randomUUID } from 'node:crypto';
import mongoose, { type Model } from 'mongoose';
import { expect, inject, it } from 'vitest';
import { testDbName } from './test-db.js';
import { Rng, type SeedDocuments, type SeedModule, type SeedWorld } from '@pas/seed-kit';

/** Each document validates and reads back from its model unchanged: no field dropped, none added. */
export function expectStoredUnchanged<T>(model: Model<T>, docs: object[] | undefined): void {
  expect(docs?.length).toBeGreaterThan(0);
  for (const doc of docs!) {
    const stored = new model(doc);
    expect(stored.validateSync()).toBeUndefined();
    const { _id, ...fields } = stored.toObject({ versionKey: false });
    // A document stored under its natural key states its `_id`; others leave it to the engine.
    expect('_id' in doc ? { _id, ...fields } : fields).toEqual(doc);
  }
}

/**
 * What every subgraph's seed module must do, as tests of the calling `describe`: give the same
 * documents for the same seed; give one array per collection of the subgraph, each document
 * exactly as its model stores it; fit the unique indexes of a fresh database. Returns the
 * documents generated with seed 7, for the module's own tests.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- models of different document types
export function itSeedsEveryCollection(seedModule: SeedModule, world: SeedWorld, subgraphModels: Model<any>[]): SeedDocuments {
  const docs = seedModule.generate(world, new Rng(7));
  const models = Object.fromEntries(subgraphModels.map((model) => [model.collection.collectionName, model]));

  it('generates the same documents from the same seed, and others from another', () => {
    expect(seedModule.generate(world, new Rng(7))).toEqual(docs);
    expect(seedModule.generate(world, new Rng(8))).not.toEqual(docs);
  });

  it('generates every collection of the subgraph, each document exactly as its model stores it', () => {
    expect(Object.keys(docs).sort()).toEqual(Object.keys(models).sort());
    for (const [name, model] of Object.entries(models)) {
      expectStoredUnchanged(model, docs[name]);
    }
  });

  it('fits the unique indexes of a fresh database', async () => {
    await mongoose.connect(inject('mongoUri'), { dbName: testDbName(`seed_${randomUUID().slice(0, 8)}`) });
    try {
      for (const [name, model] of Object.entries(models)) {
        await model.init();
        await model.collection.insertMany(structuredClone(docs[name]!));
        expect(await model.countDocuments()).toBe(docs[name]!.length);
      }
    } finally {
      await mongoose.connection.dropDatabase();
      await mongoose.disconnect();
    }
  });

  return docs;
}
