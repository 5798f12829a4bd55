/** A whole-number setting from the environment; a value that is not one stops the start with its name. */
export function wholeNumberSetting(name: string, fallback: number, options: { min?: number; env?: NodeJS.ProcessEnv } = {}): number {
  const { min = 1, env = process.env } = options;
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min) throw new Error(`${name} must be a whole number of at least ${min}, not "${raw}"`);
  return value;
}

/** An on/off setting: `true` or `false` (unset or empty: the fallback); anything else stops the start with its name. */
export function booleanSetting(name: string, fallback: boolean, env: NodeJS.ProcessEnv = process.env): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (raw === 'true' || raw === 'false') return raw === 'true';
  throw new Error(`${name} must be true or false, not "${raw}"`);
}

/**
 * EXPOSE_STACKTRACES=true: a developer's setting that puts stack traces and the text of
 * unexpected errors into GraphQL responses. Off unless set, whatever NODE_ENV says: file paths
 * and internals help an attacker more than a developer, who has the log.
 */
export function exposeStacktraces(env: NodeJS.ProcessEnv = process.env): boolean {
  return booleanSetting('EXPOSE_STACKTRACES', false, env);
}
