import { manifestPath, SUBGRAPHS, type SubgraphEntry } from '@pas/platform';
import type { SeedModule } from '@pas/seed-kit';

/** The `seedModule` a subgraph's seed file (its `seed` in subgraphs.json) exports, checked to be that subgraph's. */
async function loadSeedModule(entry: SubgraphEntry): Promise<SeedModule> {
  const { seedModule } = (await import(manifestPath(entry.seed).href)) as { seedModule?: Partial<SeedModule> | null };
  if (typeof seedModule !== 'object' || seedModule === null || seedModule.service !== entry.name || typeof seedModule.generate !== 'function') {
    throw new Error(`${entry.seed}, the seed of "${entry.name}" in subgraphs.json, must export a seedModule for service "${entry.name}" with a generate function`);
  }
  return seedModule as SeedModule;
}

/**
 * Every subgraph's part of the seed, in the order of subgraphs.json (registry first). Read from
 * the manifest, so a new subgraph needs only its entry there and its own seed module.
 */
export const SEED_MODULES: SeedModule[] = [];
for (const entry of SUBGRAPHS) SEED_MODULES.push(await loadSeedModule(entry));

export function selectModules(services: string[] | undefined): SeedModule[] {
  if (!services || services.length === 0) return SEED_MODULES;
  const unknown = services.filter((s) => !SEED_MODULES.some((m) => m.service === s));
  if (unknown.length > 0) throw new Error(`Unknown service(s): ${unknown.join(', ')}. Known: ${SEED_MODULES.map((m) => m.service).join(', ')}`);
  return SEED_MODULES.filter((m) => services.includes(m.service));
}
