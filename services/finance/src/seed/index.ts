import type { SeedModule } from '@pas/seed-kit';
import { collectiveIncomeFor } from './collective-income.js';
import { industryProjectsFor } from './industry-projects.js';
import { exposuresOf, microloansFor } from './microloans.js';
import { povertyFundsFor } from './poverty-funds.js';
import { riskGuaranteeFundsFor } from './risk-guarantee-funds.js';

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
