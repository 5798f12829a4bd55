import type { SeedModule } from '@pas/seed-kit';
import { DEPARTMENTS, HEADQUARTERS } from './headquarters-data.js';
import { inspectionsFor } from './inspections.js';
import { taskLedgerFor } from './task-ledger.js';

/** The command subgraph's part of the seed: the 14 HQs and their departments, ledgers and inspections of the world's counties. */
export const seedModule: SeedModule = {
  service: 'command',
  generate(world, rng) {
    const { inspections, rectificationIssues } = inspectionsFor(world, rng.fork('inspections'));
    return {
      departments: DEPARTMENTS.map((department) => ({ ...department })),
      headquarters: HEADQUARTERS.map((hq) => ({ ...hq, memberDepartmentCodes: [...hq.memberDepartmentCodes] })),
      taskLedgerEntries: taskLedgerFor(world, rng.fork('ledger')),
      inspections,
      rectificationIssues,
    };
  },
};
