export * from './auth.js';
export * from './errors.js';
export { createLogger, type Logger } from './logger.js';
export { startTracing, flushTraces, traceRequests, tracingPlugin, currentTraceId } from './telemetry.js';
export { exposeStacktraces, wholeNumberSetting } from './settings.js';
export { limitErrorCode, limitsFromEnv, queryLimits, type Limits } from './limits.js';
export { SUBGRAPHS, subgraphEntry, subgraphVariable, manifestPath, type SubgraphEntry } from './manifest.js';
export { requestErrors } from './request-errors.js';
export { TIMEOUT_HEADER } from './timeout-header.js';
