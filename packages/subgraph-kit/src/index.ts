export { runSubgraph, startSubgraph, type RunningSubgraph, type SubgraphContext, type SubgraphOptions } from './server.js';
export * from './errors.js';
export * from './auth.js';
export { Loaders, uniqueKeyLoader, groupLoader } from './loaders.js';
export { scalarResolvers, scalarTypeDefs, Money, DateScalar, DateTime, ResidentId } from './scalars.js';
export { residentIdProblem, residentIdCheckChar, maskResidentId, maskPhone } from './resident-id.js';
export { createLogger, type Logger } from './logger.js';
export { decodeCursor, encodeCursor } from './cursor.js';
export { groupedSums, type GroupedSums } from './aggregate.js';
