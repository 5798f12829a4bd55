import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MongoClient, type Document } from 'mongodb';
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
  it('keeps data in its directory across a restart', async () => {
    const dataDir = tempDir();
    const first = await startEmbeddedEngine({ dataDir, log });
    await withClient(first.uri, (c) => c.db('registry').collection('counties').insertOne({ code: '410326', name: '汝阳县' }));
    await first.stop();
    expect(isAlive(first.pid)).toBe(false);

    const second = await startEmbeddedEngine({ dataDir, log });
    const county = await withClient(second.uri, (c) => c.db('registry').collection('counties').findOne({ code: '410326' }));
    await second.stop();
    expect(county?.name).toBe('汝阳县');
  });

  it('answers through its non-unique indexes after a restart, and keeps them current', async () => {
    const dataDir = tempDir();
    const first = await startEmbeddedEngine({ dataDir, log });
    await withClient(first.uri, async (c) => {
      const records = c.db('employment').collection('records');
      await records.createIndex({ householdId: 1, year: 1 });
      await records.insertMany(Array.from({ length: 100 }, (_, i) => ({ _id: `E${i}`, householdId: `H${i % 10}`, year: 2020 })));
    });
    await first.stop();

    const second = await startEmbeddedEngine({ dataDir, log });
    const [before, after] = await withClient(second.uri, async (c) => {
      const records = c.db('employment').collection('records');
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
