import { countyOfRegisterId } from '@pas/register-rules';

/**
 * The county a record belongs to, read the same way for every subgraph's records: its
 * `countyCode`, its household's, the county named in a register id it carries (household or
 * person), or its village code's first six digits. Null when it names none.
 */
export function countyOfRecord(record: unknown): string | null {
  if (!record || typeof record !== 'object') return null;
  const r = record as Record<string, unknown>;
  if (typeof r.countyCode === 'string') return r.countyCode;
  if (r.household && typeof r.household === 'object') return countyOfRecord(r.household);
  for (const key of ['householdId', 'personId', 'id']) {
    const county = typeof r[key] === 'string' ? countyOfRegisterId(r[key]) : null;
    if (county) return county;
  }
  if (typeof r.villageCode === 'string' && /^\d{12}$/.test(r.villageCode)) return r.villageCode.slice(0, 6);
  return null;
}

/** The id a personal record is known by, for the audit. */
export function idOfRecord(record: unknown): string | null {
  if (!record || typeof record !== 'object') return null;
  const r = record as Record<string, unknown>;
  for (const key of ['id', 'personId', 'householdId']) if (typeof r[key] === 'string') return r[key];
  return null;
}
