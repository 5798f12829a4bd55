/**
 * How long the caller will still wait, in milliseconds. The gateway sends the time left of its
 * per-subgraph timeout, so a subgraph stops working when nobody waits for its answer any more.
 * Relative, not an absolute time: the two machines' clocks need not agree.
 */
export const TIMEOUT_HEADER = 'x-request-timeout-ms';
