import type { Db } from 'mongodb';
import type { Rng } from './rng.js';
import type { SeedWorld } from './world.js';

export { Rng } from './rng.js';
export * from './world.js';
export { apportion, scaled } from './apportion.js';
export { personName, randomSurname, townshipName, villageName } from './names.js';

/** Documents for one subgraph's database, by collection name. */
export type SeedDocuments = Record<string, object[]>;

/**
 * A subgraph's part of the seed: given the shared world and its own random stream, the
 * documents of each of its collections. Every reference points into the world.
 */
export interface SeedModule {
  service: string;
  generate(world: SeedWorld, rng: Rng): SeedDocuments;
  /** Makes what the subgraph keeps on write (its digests) anew from the documents written; answers counts by name. */
  rebuild?(db: Db): Promise<Record<string, number>>;
}
export { plantedOmissions, REGISTERED_PER_OMISSION, type SeedOmission } from './omissions.js';
