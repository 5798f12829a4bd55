import type { SeedModule } from '@pas/seed-kit';
import { collectiveIncomeFor } from './seed/collective-income.js';
import { industryProjectsFor } from './seed/industry-projects.js';
import { exposuresOf, microloansFor } from './seed/microloans.js';
import { povertyFundsFor } from './seed/poverty-funds.js';
import { riskGuaranteeFundsFor } from './seed/risk-guarantee-funds.js';

/** The finance subgraph's part of the seed: every household, village and county it names is in the world. */
export const seedModule: SeedModule = {
  service: 'finance',
  generate(world, rng) {
    const microloans = microloansFor(world, rng.fork('microloans'));
    return {
      povertyFunds: povertyFundsFor(world, rng.fork('funds')),
      microloans,
      microloanExposures: exposuresOf(microloans),
      riskGuaranteeFunds: riskGuaranteeFundsFor(world, rng.fork('guarantee'), microloans),
      industryProjects: industryProjectsFor(world, rng.fork('projects')),
      villageCollectiveIncomes: collectiveIncomeFor(world, rng.fork('collective')),
    };
  },
};
