/**
 * The promises of MongoDB the code relies on, checked on whatever engine this run uses: the
 * embedded engine by default, a real MongoDB when MONGODB_URI points at one (DESIGN.md, engine).
 */
import { MongoClient, MongoServerError, type Collection, type Document } from 'mongodb';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type {} from '../src/test-engine.js';

const WRITERS = 16;
let client: MongoClient;
const db = () => client.db(`${inject('dbPrefix')}contract`);
let seq = 0;
const freshCollection = <T extends Document>(name: string): Collection<T> => db().collection<T>(`${name}_${++seq}`);

beforeAll(async () => {
  client = new MongoClient(inject('mongoUri'), { maxPoolSize: WRITERS * 2 });
  await client.connect();
});
afterAll(async () => {
  await db().dropDatabase();
  await client.close();
});

describe(`engine contract (${inject('mongoEngine')})`, () => {
  it(`a conditional findOneAndUpdate has exactly one winner among ${WRITERS} concurrent writers`, async () => {
    const people = freshCollection<{ _id: string; version: number; name: string }>('versions');
    await people.insertOne({ _id: 'P1', version: 1, name: 'original' });
    const results = await Promise.all(
      Array.from({ length: WRITERS }, (_, i) =>
        people.findOneAndUpdate({ _id: 'P1', version: 1 }, { $set: { name: `writer ${i}` }, $inc: { version: 1 } }, { returnDocument: 'after' }),
      ),
    );
    const winners = results.filter((r) => r !== null);
    expect(winners).toHaveLength(1);
    expect(await people.findOne({ _id: 'P1' })).toEqual({ _id: 'P1', version: 2, name: winners[0]!.name });
  });

  it(`$inc upserts never lose an increment among ${WRITERS} concurrent writers`, async () => {
    const counters = freshCollection<{ _id: string; value: number }>('counters');
    const issued = await Promise.all(
      Array.from({ length: WRITERS }, () => counters.findOneAndUpdate({ _id: 'household' }, { $inc: { value: 1 } }, { upsert: true, returnDocument: 'after' })),
    );
    expect((await counters.findOne({ _id: 'household' }))?.value).toBe(WRITERS);
    // Every caller got a number of its own: a counter never hands out an id twice.
    expect(new Set(issued.map((d) => d!.value)).size).toBe(WRITERS);
  });

  it(`a unique index admits exactly one of ${WRITERS} concurrent inserts of the same key`, async () => {
    const claims = freshCollection<{ residentId: string; person: number }>('claims');
    await claims.createIndex({ residentId: 1 }, { unique: true });
    const outcomes = await Promise.allSettled(Array.from({ length: WRITERS }, (_, person) => claims.insertOne({ residentId: '410326199001010011', person })));
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
    for (const o of outcomes.filter((o) => o.status === 'rejected')) expect(((o as PromiseRejectedResult).reason as MongoServerError).code).toBe(11000);
    expect(await claims.countDocuments()).toBe(1);
  });

  it('a unique compound index refuses a duplicate pair and admits a new one', async () => {
    const keys = freshCollection<{ operation: string; key: string }>('idempotency');
    await keys.createIndex({ operation: 1, key: 1 }, { unique: true });
    await keys.insertOne({ operation: 'grantMicroloan', key: 'k1' });
    await expect(keys.insertOne({ operation: 'grantMicroloan', key: 'k1' })).rejects.toMatchObject({ code: 11000 });
    await keys.insertOne({ operation: 'recordRenovation', key: 'k1' });
    expect(await keys.countDocuments()).toBe(2);
  });

  describe('the aggregation stages DESIGN.md allows', () => {
    const households = () => db().collection('households');
    beforeAll(async () => {
      await households().insertMany([
        { _id: 'H1', county: 'a', people: 2, income: 300, members: [{ n: 1 }, { n: 2 }] },
        { _id: 'H2', county: 'a', people: 1, income: 500, members: [{ n: 3 }] },
        { _id: 'H3', county: 'b', people: 4, income: 100, members: [] },
      ] as Document[]);
    });

    it('$group computes every $sum and $count of one stage', async () => {
      const rows = await households()
        .aggregate([{ $group: { _id: '$county', households: { $sum: 1 }, people: { $sum: '$people' }, income: { $sum: '$income' } } }, { $sort: { _id: 1 } }])
        .toArray();
      expect(rows).toEqual([
        { _id: 'a', households: 2, people: 3, income: 800 },
        { _id: 'b', households: 1, people: 4, income: 100 },
      ]);
    });

    it('$match, $sort, $skip, $limit and $project', async () => {
      const rows = await households()
        .aggregate([{ $match: { people: { $gte: 1 } } }, { $sort: { income: -1 } }, { $skip: 1 }, { $limit: 1 }, { $project: { _id: 1, income: 1 } }])
        .toArray();
      expect(rows).toEqual([{ _id: 'H1', income: 300 }]);
    });

    it('$unwind keeps the other fields of the document', async () => {
      const rows = await households().aggregate([{ $unwind: '$members' }, { $match: { 'members.n': 3 } }]).toArray();
      expect(rows).toEqual([{ _id: 'H2', county: 'a', people: 1, income: 500, members: { n: 3 } }]);
    });

    it('$count, $addFields and $unset', async () => {
      expect(await households().aggregate([{ $match: { county: 'a' } }, { $count: 'n' }]).toArray()).toEqual([{ n: 2 }]);
      const [row] = await households()
        .aggregate([{ $match: { _id: 'H3' } }, { $addFields: { poor: true } }, { $unset: ['members', 'income'] }])
        .toArray();
      expect(row).toEqual({ _id: 'H3', county: 'b', people: 4, poor: true });
    });
  });

  describe('non-unique indexes never change an answer', () => {
    // The same documents with and without indexes: every read must agree, before and after writes.
    type Household = { _id: string } & Document;
    let indexed: Collection<Household>;
    let plain: Collection<Household>;
    const both = () => [indexed, plain];
    const byId = (docs: Document[]) => [...docs].sort((a, b) => (a._id < b._id ? -1 : a._id > b._id ? 1 : 0));
    const households: Household[] = Array.from({ length: 60 }, (_, i) => ({
      _id: `H${String(i).padStart(2, '0')}`,
      county: ['410326', '410327', '411323'][i % 3],
      status: i % 4 === 0 ? 'EXITED' : 'POOR',
      year: i % 2 ? 2020 : 2020.0 + (i % 5),
      version: 1,
      tags: i % 5 ? ['illness', `t${i % 3}`] : [],
      members: [{ id: `P${i}a` }, { id: `P${i}b` }],
    }));
    const queries: Document[] = [
      { county: '410326' },
      { county: { $in: ['410327', '411323', 'none'] } },
      { county: { $eq: '410327' }, status: 'EXITED' },
      { county: '410326', year: { $gte: 2022 } },
      { year: 2020 },
      { year: 2021.0 },
      { tags: 't1' },
      { tags: { $in: ['t2', 'illness'] } },
      { 'members.id': 'P7b' },
      { county: null },
      { county: /^4103/ },
      { _id: 'H07', version: 1 },
      { _id: { $in: ['H01', 'H02'] }, county: '410327' },
    ];
    async function expectSameAnswers(): Promise<void> {
      for (const query of queries) {
        const [a, b] = await Promise.all(both().map((c) => c.find(query).toArray()));
        expect(byId(a!), JSON.stringify(query)).toEqual(byId(b!));
        const [n, m] = await Promise.all(both().map((c) => c.countDocuments(query)));
        expect(n, JSON.stringify(query)).toBe(m);
      }
      // Pages in _id order, checked against the matching documents sorted here.
      const pages: { filter: Document; order: 1 | -1; skip: number; limit: number }[] = [
        { filter: {}, order: 1, skip: 0, limit: 5 },
        { filter: {}, order: -1, skip: 0, limit: 5 },
        { filter: { $and: [{ county: '410327' }, { _id: { $gt: 'H10' } }] }, order: 1, skip: 0, limit: 4 },
        { filter: { $and: [{ status: 'POOR' }, { _id: { $gt: 'H30' } }] }, order: 1, skip: 1, limit: 3 },
        { filter: { _id: { $gte: 'H20' }, tags: 't1' }, order: 1, skip: 2, limit: 3 },
        { filter: { county: { $in: ['410326', '411323'] } }, order: -1, skip: 0, limit: 3 },
      ];
      for (const { filter, order, skip, limit } of pages) {
        const all = byId(await plain.find(filter).toArray());
        const expected = (order === 1 ? all : all.reverse()).slice(skip, skip + limit);
        for (const c of both()) expect(await c.find(filter).sort({ _id: order }).skip(skip).limit(limit).toArray(), JSON.stringify(filter)).toEqual(expected);
      }
      const pipeline = [{ $match: { county: { $in: ['410326', '411323'] } } }, { $group: { _id: '$status', n: { $sum: 1 } } }, { $sort: { _id: 1 } }];
      const [g, h] = await Promise.all(both().map((c) => c.aggregate(pipeline).toArray()));
      expect(g).toEqual(h);
      const [d, e] = await Promise.all(both().map((c) => c.distinct('status', { county: '410327' })));
      expect(d).toEqual(e);
    }

    beforeAll(async () => {
      [indexed, plain] = [freshCollection<Household>('indexed'), freshCollection<Household>('plain')];
      await indexed.createIndex({ county: 1, status: 1 });
      await indexed.createIndex({ year: 1 });
      await indexed.createIndex({ tags: 1 });
      await indexed.createIndex({ 'members.id': 1 });
      for (const c of both()) await c.insertMany(households.map((h) => ({ ...h })));
    });

    it('on the documents as inserted', async () => {
      expect(await indexed.countDocuments({ county: '410326' })).toBe(20);
      await expectSameAnswers();
    });

    it('after updates move documents between keys, deletes, and replacements', async () => {
      for (const c of both()) {
        await c.updateMany({ county: '410326', status: 'EXITED' }, { $set: { county: '410327' }, $inc: { version: 1 } });
        await c.updateOne({ _id: 'H05' }, { $set: { tags: ['t1'], year: 2021 } });
        await c.findOneAndUpdate({ _id: 'H07', version: 1 }, { $set: { 'members.1.id': 'P7c' }, $inc: { version: 1 } });
        await c.deleteMany({ county: '411323', status: 'POOR' });
        await c.replaceOne({ _id: 'H10' }, { county: '411323', status: 'POOR', year: 2020, tags: ['t2'], members: [] });
        await c.insertOne({ _id: 'H99', county: '410326', status: 'POOR', year: 2021, tags: ['t1'], members: [{ id: 'P7b' }] });
      }
      await expectSameAnswers();
    });
  });

  it('one deleteMany removes 100,000 documents', async () => {
    const many = freshCollection<{ n: number }>('many');
    for (let i = 0; i < 100_000; i += 20_000) await many.insertMany(Array.from({ length: 20_000 }, (_, k) => ({ n: i + k })), { ordered: false });
    expect((await many.deleteMany({})).deletedCount).toBe(100_000);
    expect(await many.countDocuments()).toBe(0);
  }, 180_000);

  it('a failed insert of an ordered batch leaves the documents before it and none after', async () => {
    const batch = freshCollection<{ _id: number }>('ordered');
    await batch.insertOne({ _id: 2 });
    await expect(batch.insertMany([{ _id: 1 }, { _id: 2 }, { _id: 3 }])).rejects.toBeInstanceOf(MongoServerError);
    expect((await batch.find().sort({ _id: 1 }).toArray()).map((d) => d._id)).toEqual([1, 2]);
  });
});
