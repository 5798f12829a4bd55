// First: the mongoose plugins must be registered before any model is compiled.
import './mongoose-setup.js';
export { runSubgraph, startSubgraph, type RunningSubgraph, type SubgraphContext, type SubgraphOptions } from './server.js';
export * from './errors.js';
export * from './auth.js';
export { Loaders, uniqueKeyLoader, groupLoader } from './loaders.js';
export { naturalKey } from './natural-key.js';
export { scalarResolvers, scalarTypeDefs, Money, DateScalar, DateTime, ResidentId } from './scalars.js';
export { residentIdProblem, residentIdCheckChar } from './resident-id.js';
export * from './access/index.js';
export { createLogger, type Logger } from './logger.js';
export { connectDatabase, disconnectDatabase } from './database.js';
export { decodeCursor, encodeCursor } from './cursor.js';
export { groupedSums, type GroupedSums } from './aggregate.js';
export { placeOfPerson, placeOfHousehold, countyOfRegisterId, isCampaignCountyCode, isVillageCode, type PersonPlace, type HouseholdPlace } from './register-ids.js';
export { assertCountyVisible } from './county-access.js';
export { startTracing, flushTraces, traceRequests, tracingPlugin, currentTraceId } from './telemetry.js';
export {
  validateAmount,
  validateCampaignDate,
  validateHousehold,
  validateHouseholdInVillage,
  validatePerson,
  validateText,
  validateVillageCode,
} from './validate.js';
export { idempotent, upsertOnce, type RememberRecord, IdempotencyKey, type IdempotentWrite } from './idempotency.js';
export { SUBGRAPHS, subgraphEntry, manifestPath, type SubgraphEntry } from './manifest.js';
export { exposeStacktraces, wholeNumberSetting } from './settings.js';
export { limitErrorCode, limitsFromEnv, queryLimits, type Limits } from './limits.js';
export { TIMEOUT_HEADER, assertTimeLeft, deadlineExceeded, withDeadline, withoutDeadline } from './deadline.js';
export { requestErrors } from './request-errors.js';
