/** A whole-number setting from the environment; a value that is not one stops the start with its name. */
export function wholeNumberSetting(name: string, fallback: number, options: { min?: number; env?: NodeJS.ProcessEnv } = {}): number {
  const { min = 1, env = process.env } = options;
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min) throw new Error(`${name} must be a whole number of at least ${min}, not "${raw}"`);
  return value;
}
