import { MongoClient, type Collection } from 'mongodb';
import { Rng, type SeedModule, type SeedWorld } from '@pas/seed-kit';

export interface WriteReport {
  service: string;
  database: string;
  documents: Record<string, number>;
}

const BATCH = 2_000;
const DELETE_BATCH = 10_000;

/**
 * Empties a collection but keeps the indexes a running service built (so no drop). In batches:
 * FerretDB v1 on SQLite turns one large deleteMany into more SQL variables than SQLite allows.
 */
async function clearCollection(collection: Collection): Promise<void> {
  for (;;) {
    const ids = (await collection.find({}, { projection: { _id: 1 } }).limit(DELETE_BATCH).toArray()).map((d) => d._id);
    if (ids.length === 0) return;
    await collection.deleteMany({ _id: { $in: ids } });
  }
}

/**
 * Replaces each module's collections in its service's database with freshly generated ones.
 * Generation is per module, so only one subgraph's documents are in memory at a time.
 */
export async function writeSeed(uri: string, world: SeedWorld, modules: SeedModule[], seed: number, dbPrefix = ''): Promise<WriteReport[]> {
  const client = new MongoClient(uri, { directConnection: !uri.includes('replicaSet=') && !uri.startsWith('mongodb+srv') });
  await client.connect();
  const reports: WriteReport[] = [];
  try {
    for (const module of modules) {
      const db = client.db(`${dbPrefix}${module.service}`);
      const collections = module.generate(world, new Rng(seed).fork(module.service));
      const report: WriteReport = { service: module.service, database: db.databaseName, documents: {} };
      for (const [name, docs] of Object.entries(collections)) {
        await clearCollection(db.collection(name));
        for (let i = 0; i < docs.length; i += BATCH) {
          await db.collection(name).insertMany(docs.slice(i, i + BATCH) as Record<string, unknown>[], { ordered: false });
        }
        report.documents[name] = docs.length;
      }
      reports.push(report);
    }
  } finally {
    await client.close();
  }
  return reports;
}
