import mongoose, { Schema } from 'mongoose';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import type {} from '@pas/mongo-runtime/test-engine';
import { digest, ensureDigests } from '../src/index.js';

/** Digests on the run's engine: a compact copy of records per county and year, kept on write. */

interface Visit {
  id: string;
  countyCode: string;
  year: number;
  householdId: string;
  satisfied: boolean;
}

const visitSchema = new Schema<Visit>({ id: { type: String, unique: true }, countyCode: String, year: Number, householdId: String, satisfied: Boolean });
/** Run once after the next read of a visit, before the reader goes on: another writer overtaking it. */
let afterNextRead: (() => Promise<void>) | null = null;
visitSchema.post('findOne', async () => {
  const overtake = afterNextRead;
  afterNextRead = null;
  await overtake?.();
});
const Visit = mongoose.model<Visit>('DigestTestVisit', visitSchema, 'digestTestVisits');

const visits = digest<Pick<Visit, 'householdId' | 'satisfied'>>({
  name: 'visits',
  model: Visit,
  fields: ['householdId', 'satisfied'],
  placeFields: ['countyCode', 'year'],
  scopesOf: (visit) => [`${String(visit.countyCode)}/${String(visit.year)}`],
  parts: 4,
});

/** Writes a visit as the services do: the record, then its entry. */
async function write(visit: Visit) {
  await Visit.updateOne({ id: visit.id }, { $set: visit }, { upsert: true }).exec();
  await visits.refresh(visit.id);
}

const visit = (n: number, overrides: Partial<Visit> = {}): Visit => ({ id: `V${String(n).padStart(3, '0')}`, countyCode: '410326', year: 2019, householdId: `H${n}`, satisfied: true, ...overrides });

beforeAll(async () => {
  await mongoose.connect(inject('mongoUri'), { dbName: `${inject('dbPrefix')}digest` });
  await Visit.init();
});
beforeEach(async () => {
  await mongoose.connection.db!.collection('digests').deleteMany({});
  await Visit.deleteMany({});
});
afterAll(async () => {
  await mongoose.connection.dropDatabase();
  await mongoose.disconnect();
});

describe('digest', () => {
  it('keeps each record in its scope, with only the fields it names, in id order', async () => {
    await write(visit(2));
    await write(visit(1, { satisfied: false }));
    await write(visit(3, { year: 2020 }));
    expect(await visits.read(['410326/2019'])).toEqual([
      { id: 'V001', householdId: 'H1', satisfied: false },
      { id: 'V002', householdId: 'H2', satisfied: true },
    ]);
    expect(await visits.read(['410326/2020', '410326/2019', '410327/2019'])).toEqual([
      { id: 'V003', householdId: 'H3', satisfied: true },
      { id: 'V001', householdId: 'H1', satisfied: false },
      { id: 'V002', householdId: 'H2', satisfied: true },
    ]);
  });

  it('answers an edit at once, though the unchanged document is kept between reads', async () => {
    await write(visit(1));
    expect((await visits.read(['410326/2019']))[0]!.satisfied).toBe(true);
    await write(visit(1, { satisfied: false }));
    expect((await visits.read(['410326/2019']))[0]!.satisfied).toBe(false);
  });

  it('loses no entry when many writers add records to one document at once', async () => {
    await Promise.all(Array.from({ length: 40 }, (_, i) => write(visit(i))));
    expect((await visits.read(['410326/2019'])).map((v) => v.id)).toEqual(Array.from({ length: 40 }, (_, i) => visit(i).id));
  });

  it('ends with the record as last written when a writer is overtaken between reading the record and setting its entry', async () => {
    await write(visit(1));
    await Visit.updateOne({ id: 'V001' }, { $set: { satisfied: false } }).exec();
    afterNextRead = () => write(visit(1, { householdId: 'H-later' }));
    // This refresh reads the record unsatisfied, then the later writer writes and refreshes, then this one sets what it read.
    await visits.refresh('V001');
    expect(await visits.read(['410326/2019'])).toEqual([{ id: 'V001', householdId: 'H-later', satisfied: true }]);
  });

  it('ends with the record as last written when many writers edit one record at once', async () => {
    await write(visit(1));
    // Each writer sets the record, then refreshes; whatever the interleaving, the entry ends as the record.
    await Promise.all(Array.from({ length: 30 }, (_, i) => write(visit(1, { householdId: `H-${i}`, satisfied: i % 2 === 0 }))));
    const stored = await Visit.findOne({ id: 'V001' }).lean<Visit>();
    expect(await visits.read(['410326/2019'])).toEqual([{ id: 'V001', householdId: stored!.householdId, satisfied: stored!.satisfied }]);
  });

  it('rebuilds from the records: entries missed are added, scopes no record has any more are dropped', async () => {
    await write(visit(1));
    await write(visit(2, { year: 2018 }));
    // Written behind the digest's back (a restore, or a crash between the write and its entry).
    await Visit.insertMany([visit(3), visit(4, { countyCode: '410327' })]);
    await Visit.deleteOne({ id: 'V002' });
    expect(await visits.rebuild(mongoose.connection.db!)).toMatchObject({ entries: 3 });
    expect((await visits.read(['410326/2019'])).map((v) => v.id)).toEqual(['V001', 'V003']);
    expect(await visits.read(['410327/2019'])).toEqual([{ id: 'V004', householdId: 'H4', satisfied: true }]);
    expect(await visits.read(['410326/2018'])).toEqual([]);
  });

  it('is built at a service’s start on a database written before digests were kept, and left alone once kept', async () => {
    await Visit.insertMany([visit(1), visit(2)]);
    expect(await ensureDigests([visits])).toBe(true);
    expect((await visits.read(['410326/2019'])).map((v) => v.id)).toEqual(['V001', 'V002']);
    await Visit.insertMany([visit(3)]);
    expect(await ensureDigests([visits])).toBe(false);
    expect((await visits.read(['410326/2019'])).map((v) => v.id)).toEqual(['V001', 'V002']);
  });

  it('refuses a record id a document cannot hold as a field name', async () => {
    await Visit.create(visit(1, { id: 'V.1' }));
    await expect(visits.refresh('V.1')).rejects.toThrow(/no '\.'/);
  });
});
