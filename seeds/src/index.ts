import { MongoClient } from 'mongodb';
import { mongoClientOptions } from '@pas/mongo-runtime';
import { SEED_MODULES, selectModules } from './modules.js';
import { generateWorld } from './world.js';
import { writeSeed, type WriteReport } from './write.js';

export { generateWorld, fullScaleHouseholds } from './world.js';
export { SEED_MODULES, selectModules } from './modules.js';
export { writeSeed, type WriteReport } from './write.js';

export const DEMO_HOUSEHOLDS = 2_000;
export const DEFAULT_SEED = 20_160_101;

export interface SeedOptions {
  uri: string;
  households: number;
  seed?: number;
  /** Only these counties, each at its size in a world of `households`. */
  counties?: string[];
  services?: string[];
  dbPrefix?: string;
  /** Told of each collection as it is written. */
  onProgress?: (report: { service: string; collection: string; documents: number }) => void;
}

export async function seed(options: SeedOptions): Promise<WriteReport[]> {
  const world = generateWorld({ households: options.households, seed: options.seed ?? DEFAULT_SEED, counties: options.counties });
  return writeSeed(options.uri, world, selectModules(options.services), options.seed ?? DEFAULT_SEED, options.dbPrefix, options.onProgress);
}

/** Runs `use` with a client connected to `uri`, closed afterwards. */
async function withClient<T>(uri: string, use: (client: MongoClient) => Promise<T>): Promise<T> {
  const client = new MongoClient(uri, mongoClientOptions(uri));
  try {
    await client.connect();
    return await use(client);
  } finally {
    await client.close();
  }
}

/** The services' databases at `uri` that already hold documents, with how many. */
export function databasesWithData(uri: string, services = SEED_MODULES.map((m) => m.service), dbPrefix = ''): Promise<Record<string, number>> {
  return withClient(uri, async (client) => {
    const found: Record<string, number> = {};
    for (const service of services) {
      const db = client.db(`${dbPrefix}${service}`);
      let documents = 0;
      for (const { name } of await db.listCollections({}, { nameOnly: true }).toArray()) documents += await db.collection(name).estimatedDocumentCount();
      if (documents > 0) found[service] = documents;
    }
    return found;
  });
}

/**
 * Makes every digest of the services' databases anew from their records (after a restore, a
 * crash between a write and its digest, or a change of what a digest keeps); answers entries by
 * service and digest.
 */
export function rebuildAllDigests(uri: string, services?: string[], dbPrefix = ''): Promise<Record<string, Record<string, number>>> {
  return withClient(uri, async (client) => {
    const rebuilt: Record<string, Record<string, number>> = {};
    for (const module of selectModules(services)) {
      if (module.rebuild) rebuilt[module.service] = await module.rebuild(client.db(`${dbPrefix}${module.service}`));
    }
    return rebuilt;
  });
}

/**
 * Loads the small demo data set when every service's database is empty (a first start), and
 * says so first. Leaves any data alone, even one service's: it may be someone's records.
 */
export async function ensureDemoData(uri: string, log: { info(obj: object, msg: string): void }): Promise<WriteReport[] | null> {
  const existing = await databasesWithData(uri);
  if (Object.keys(existing).length > 0) return null;
  log.info({ households: DEMO_HOUSEHOLDS }, 'the databases are empty: loading the demo data set');
  return seed({ uri, households: DEMO_HOUSEHOLDS });
}
