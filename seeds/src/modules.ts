import type { SeedModule } from '@pas/seed-kit';
import { seedModule as command } from '@pas/command/seed';
import { seedModule as education } from '@pas/education/seed';
import { seedModule as employment } from '@pas/employment/seed';
import { seedModule as finance } from '@pas/finance/seed';
import { seedModule as healthcare } from '@pas/healthcare/seed';
import { seedModule as housing } from '@pas/housing/seed';
import { registrySeed } from './registry.js';

/** Every subgraph's part of the seed, registry first. */
export const SEED_MODULES: SeedModule[] = [registrySeed, employment, healthcare, education, housing, finance, command];

export function selectModules(services: string[] | undefined): SeedModule[] {
  if (!services || services.length === 0) return SEED_MODULES;
  const unknown = services.filter((s) => !SEED_MODULES.some((m) => m.service === s));
  if (unknown.length > 0) throw new Error(`Unknown service(s): ${unknown.join(', ')}. Known: ${SEED_MODULES.map((m) => m.service).join(', ')}`);
  return SEED_MODULES.filter((m) => services.includes(m.service));
}
