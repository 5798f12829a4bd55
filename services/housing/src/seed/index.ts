import { plantedOmissions, type SeedModule } from '@pas/seed-kit';
import { relocationsFor } from './relocations.js';
import { renovationsFor, unrenovatedHouse } from './renovations.js';
import { infrastructureFor } from './village-infrastructure.js';
import { drinkingWaterFor } from './village-water.js';

/** The housing subgraph's part of the seed: every household and village it names is in the world. */
export const seedModule: SeedModule = {
  service: 'housing',
  generate(world, rng) {
    const { resettlementSites, relocations } = relocationsFor(world, rng.fork('relocations'));
    const relocated = new Set(relocations.map((r) => r.householdId));
    return {
      resettlementSites,
      relocations,
      houseRenovations: [...renovationsFor(world, rng.fork('renovations'), relocated), ...plantedOmissions(world).map(unrenovatedHouse)],
      villageDrinkingWater: drinkingWaterFor(world, rng.fork('water')),
      villageInfrastructure: infrastructureFor(world, rng.fork('infrastructure')),
    };
  },
};
