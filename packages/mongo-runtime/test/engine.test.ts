import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Binary, BSON, Decimal128, Double, Int32, Long, MongoClient, ObjectId, type Document } from 'mongodb';
import pino from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import { startEmbeddedEngine } from '../src/index.js';
import { isAlive } from '../src/process.js';

const log = pino({ level: 'silent' });
const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'pas-engine-test-'));
  dirs.push(dir);
  return dir;
}
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

async function withClient<T>(uri: string, fn: (client: MongoClient) => Promise<T>): Promise<T> {
  const client = new MongoClient(uri, { directConnection: true });
  try {
    return await fn(client);
  } finally {
    await client.close();
  }
}

describe('embedded engine', () => {
  it('keeps data in its directory across a restart, each value with its BSON type', async () => {
    const dataDir = tempDir();
    const county = {
      _id: '410326',
      name: '汝阳县',
      households: new Int32(194),
      incidence: new Double(1.18),
      funds: Long.fromString('9007199254740993'),
      exitedOn: new Date('2019-05-06T00:00:00Z'),
      owner: new ObjectId('650000000000000000000001'),
      share: Decimal128.fromString('0.9856'),
      scan: new Binary(Buffer.from('证明')),
      towns: [{ code: '410326100', villages: [1, [2, 'z']] }],
      exited: true,
      note: null,
    };
    const first = await startEmbeddedEngine({ dataDir, log });
    await withClient(first.uri, (c) => c.db('registry').collection<typeof county>('counties').insertOne(county));
    await first.stop();
    expect(isAlive(first.pid)).toBe(false);

    const second = await startEmbeddedEngine({ dataDir, log });
    const stored = await withClient(second.uri, (c) => c.db('registry').collection<typeof county>('counties').findOne({ _id: '410326' }, { raw: true }));
    await second.stop();
    expect(Buffer.from(stored as unknown as Uint8Array).equals(Buffer.from(BSON.serialize(county)))).toBe(true);
  });

  it('answers through its non-unique indexes after a restart, and keeps them current', async () => {
    const dataDir = tempDir();
    const first = await startEmbeddedEngine({ dataDir, log });
    await withClient(first.uri, async (c) => {
      const records = c.db('employment').collection<{ _id: string; householdId: string; year: number }>('records');
      await records.createIndex({ householdId: 1, year: 1 });
      await records.insertMany(Array.from({ length: 100 }, (_, i) => ({ _id: `E${i}`, householdId: `H${i % 10}`, year: 2020 })));
    });
    await first.stop();

    const second = await startEmbeddedEngine({ dataDir, log });
    const [before, after] = await withClient(second.uri, async (c) => {
      const records = c.db('employment').collection<{ _id: string; householdId: string; year: number }>('records');
      const found = await records.countDocuments({ householdId: 'H3' });
      await records.updateOne({ _id: 'E13' }, { $set: { householdId: 'H4' } });
      return [found, await records.find({ householdId: { $in: ['H3', 'H4'] } }).toArray()];
    });
    await second.stop();
    expect(before).toBe(10);
    expect((after as Document[]).filter((r) => r.householdId === 'H3')).toHaveLength(9);
    expect((after as Document[]).filter((r) => r.householdId === 'H4')).toHaveLength(11);
  });

  it('does not outlive a parent process that is killed with SIGKILL', async () => {
    const dataDir = tempDir();
    const script = `
      import pino from 'pino';
      import { startEmbeddedEngine } from ${JSON.stringify(path.resolve('src/index.ts'))};
      const engine = await startEmbeddedEngine({ dataDir: ${JSON.stringify(dataDir)}, log: pino({ level: 'silent' }) });
      console.log(JSON.stringify({ pid: engine.pid }));
      setInterval(() => {}, 1000);
    `;
    const parent = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
    const enginePid = await new Promise<number>((resolve, reject) => {
      parent.stdout.on('data', (chunk: Buffer) => resolve((JSON.parse(chunk.toString()) as { pid: number }).pid));
      parent.once('exit', (code) => reject(new Error(`parent exited early with ${code}`)));
    });
    expect(isAlive(enginePid)).toBe(true);
    parent.kill('SIGKILL');
    await expect.poll(() => isAlive(enginePid), { timeout: 10_000, interval: 100 }).toBe(false);
  });
});
