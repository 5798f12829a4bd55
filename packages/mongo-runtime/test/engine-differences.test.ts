/**
 * Where FerretDB v1 differs from MongoDB in ways the code works around. Each test states what
 * the engine of this run does, so a change of FerretDB version that fixes it shows up here.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MongoClient } from 'mongodb';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmbeddedEngine, type EngineHandle } from '../src/index.js';

let engine: EngineHandle;
let client: MongoClient;
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'pas-differences-'));

beforeAll(async () => {
  engine = await startEmbeddedEngine({ dataDir, log: pino({ level: 'silent' }) });
  client = new MongoClient(engine.uri, { directConnection: true });
  await client.db('differences').collection('households').insertMany([
    { county: 'a', people: 2, members: [{ n: 1 }, { n: 2 }] },
    { county: 'a', people: 1, members: [{ n: 3 }] },
  ]);
});
afterAll(async () => {
  await client?.close();
  await engine?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

const households = () => client.db('differences').collection('households');

describe(`engine differences (${process.env.PAS_ENGINE ?? 'auto'})`, () => {
  it('FerretDB v1 computes only the first $sum of a $group (kit: groupedSums runs one $group per sum)', async () => {
    const [row] = await households().aggregate([{ $group: { _id: '$county', households: { $sum: 1 }, people: { $sum: '$people' } } }]).toArray();
    expect(row!.households).toBe(2);
    expect(row!.people).toBe(engine.engine === 'ferretdb' ? 0 : 3);
  });

  it('FerretDB v1 on SQLite cannot delete more than 32,766 documents in one deleteMany (seeds: clearCollection deletes in batches)', async () => {
    const many = client.db('differences').collection('many');
    for (let i = 0; i < 34_000; i += 10_000) {
      await many.insertMany(Array.from({ length: Math.min(10_000, 34_000 - i) }, (_, k) => ({ n: i + k })));
    }
    const attempt = many.deleteMany({}).then(() => 'deleted', (error: Error) => error.message);
    expect(await attempt).toEqual(engine.engine === 'ferretdb' ? expect.stringContaining('too many SQL variables') : 'deleted');
  });

  it('FerretDB v1 $unwind keeps only _id and the unwound field (registry: memberCount is stored, not unwound)', async () => {
    const [row] = await households().aggregate([{ $unwind: '$members' }, { $limit: 1 }]).toArray();
    expect('county' in row!).toBe(engine.engine !== 'ferretdb');
  });
});
