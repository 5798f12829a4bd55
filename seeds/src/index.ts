import { MongoClient } from 'mongodb';
import { selectModules } from './modules.js';
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
  services?: string[];
  dbPrefix?: string;
}

export async function seed(options: SeedOptions): Promise<WriteReport[]> {
  const world = generateWorld({ households: options.households, seed: options.seed ?? DEFAULT_SEED });
  return writeSeed(options.uri, world, selectModules(options.services), options.seed ?? DEFAULT_SEED, options.dbPrefix);
}

/** Loads the small demo data set when the register is empty (first start). Returns whether it did. */
export async function ensureDemoData(uri: string): Promise<WriteReport[] | null> {
  const client = new MongoClient(uri, { directConnection: true });
  try {
    await client.connect();
    if ((await client.db('registry').collection('counties').countDocuments({}, { limit: 1 })) > 0) return null;
  } finally {
    await client.close();
  }
  return seed({ uri, households: DEMO_HOUSEHOLDS });
}
