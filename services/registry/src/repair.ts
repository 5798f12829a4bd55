/**
 * npm run repair -w @pas/registry [-- --dry-run]
 *
 * Finds resident-ID claims whose person is not in its household (orphans left by writes that
 * failed), prints them with the ID masked, and releases them so the IDs can be registered
 * again; with --dry-run it only prints. Connects like the service: REGISTRY_MONGODB_URI or
 * MONGODB_URI (a local run's engine is in .data/engine.json). Safe while the service runs.
 */
import { parseArgs } from 'node:util';
import { createLogger } from '@pas/platform';
import { connectDatabase, databaseFromEnv, disconnectDatabase, maskResidentId } from '@pas/subgraph-kit';
import { findOrphanClaims, releaseOrphanClaims } from './domain/orphan-claims.js';

const { values } = parseArgs({ options: { 'dry-run': { type: 'boolean', default: false }, help: { type: 'boolean', default: false } } });
if (values.help) {
  console.log('npm run repair [-- --dry-run]   (or npm run repair -w @pas/registry [-- --dry-run])');
  console.log('  Releases resident-ID claims whose person is not in its household; --dry-run only lists them.');
  process.exit(0);
}

const log = createLogger('registry-repair');
await connectDatabase(databaseFromEnv('registry'), log);
try {
  const orphans = await findOrphanClaims();
  for (const claim of orphans) {
    console.log(`orphan claim  ${maskResidentId(claim._id)}  person ${claim.personId}  household ${claim.householdId}  claimed ${claim.claimedAt?.toISOString() ?? 'before claims were dated'}`);
  }
  if (values['dry-run']) {
    console.log(`${orphans.length} orphaned resident-ID claims found; none released (--dry-run)`);
  } else {
    console.log(`${orphans.length} orphaned resident-ID claims found; ${await releaseOrphanClaims(orphans)} released`);
  }
} finally {
  await disconnectDatabase();
}
