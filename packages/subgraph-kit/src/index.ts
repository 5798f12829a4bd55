// First: the mongoose plugins must be registered before any model is compiled.
import './mongoose-setup.js';
export { createSubgraph, runSubgraph, type RunningSubgraph, type Subgraph, type SubgraphContext, type SubgraphOptions } from './server.js';
export { connectDatabase, databaseFromEnv, disconnectDatabase, isDuplicateKey, type DatabaseTarget } from './database.js';
export { subgraphTypeDefs } from './type-defs.js';
export { countyYearLoader, Loaders, must, requestLoaders, uniqueKeyLoader, groupLoader } from './loaders.js';
export { naturalKey } from './natural-key.js';
export { requiredForKind } from './required-for-kind.js';
export { scalarResolvers, Money, DateScalar, DateTime, ResidentId } from './scalars.js';
export * from './access/index.js';
export * from './entity-refs.js';
export { decodeCursor, encodeCursor, pageSize } from './cursor.js';
export { groupedSums, type GroupedSums } from './aggregate.js';
export { createOnce, idempotent, upsertOnce, type RememberRecord, IdempotencyKey, type IdempotentWrite } from './idempotency.js';
export { assertTimeLeft, deadlineExceeded, withDeadline, withoutDeadline } from './deadline.js';
export * from './exit/exit-criterion.js';
export { groupBy } from './group-by.js';
export { countyYearDigest, countyYearScope, digest, ensureDigests, rebuildDigests, type Digest, type DigestSpec } from './digest.js';
