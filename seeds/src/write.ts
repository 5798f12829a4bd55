import { MongoClient } from 'mongodb';
import { mongoClientOptions } from '@pas/mongo-runtime';
import { Rng, type SeedModule, type SeedWorld } from '@pas/seed-kit';

export interface WriteReport {
  service: string;
  database: string;
  documents: Record<string, number>;
  /** Entries of each digest rebuilt from the documents. */
  digests?: Record<string, number>;
}

const BATCH = 2_000;
/** Collections written at once: the engine writes different collections in parallel. */
const PARALLEL_COLLECTIONS = 3;

/**
 * Replaces each module's collections in its service's database with freshly generated ones.
 * Generation is per module, so only one subgraph's documents are in memory at a time.
 */
export async function writeSeed(
  uri: string,
  world: SeedWorld,
  modules: SeedModule[],
  seed: number,
  dbPrefix = '',
  onProgress?: (report: { service: string; collection: string; documents: number }) => void,
): Promise<WriteReport[]> {
  const client = new MongoClient(uri, mongoClientOptions(uri));
  await client.connect();
  const reports: WriteReport[] = [];
  try {
    for (const module of modules) {
      const db = client.db(`${dbPrefix}${module.service}`);
      const collections = module.generate(world, new Rng(seed).fork(module.service));
      const report: WriteReport = { service: module.service, database: db.databaseName, documents: {} };
      const pending = Object.entries(collections);
      const writeNext = async (): Promise<void> => {
        for (let next = pending.shift(); next; next = pending.shift()) {
          const [name, docs] = next;
          // Emptied, not dropped: a running service keeps the indexes it built.
          await db.collection(name).deleteMany({});
          for (let i = 0; i < docs.length; i += BATCH) {
            await db.collection(name).insertMany(docs.slice(i, i + BATCH) as Record<string, unknown>[], { ordered: false });
          }
          report.documents[name] = docs.length;
          onProgress?.({ service: module.service, collection: name, documents: docs.length });
        }
      };
      await Promise.all(Array.from({ length: PARALLEL_COLLECTIONS }, writeNext));
      if (module.rebuild) report.digests = await module.rebuild(db);
      reports.push(report);
    }
  } finally {
    await client.close();
  }
  return reports;
}
