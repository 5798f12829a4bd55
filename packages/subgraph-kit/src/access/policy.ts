import type { Caller } from '@pas/platform';

export const PERSONAL_DATA = ['NAME', 'BIRTH_DATE', 'RESIDENT_ID', 'PHONE', 'HEALTH', 'DISABILITY', 'INCOME', 'LOAN', 'SCHOOLING'] as const;
export type PersonalData = (typeof PERSONAL_DATA)[number];

/** How a caller sees a personal field: in full (with a purpose, audited), masked, or not at all. */
export type Access = 'whole' | 'masked' | 'hidden';

/** The departments whose staff the table names; staff of a subgraph it does not name see only their own records. */
export const DEPARTMENTS = ['registry', 'employment', 'healthcare', 'education', 'housing', 'finance', 'command'] as const;
type Viewer = 'city_leader' | 'county_official' | 'inspector' | 'analyst' | (typeof DEPARTMENTS)[number];

const W = 'whole';
const M = 'masked';
const H = 'hidden';

/**
 * Who sees what: the README's policy table, in code. Department staff see other departments'
 * personal data only where their own work needs it (finance staff see no diagnoses). A masked
 * resident ID keeps only the region, a masked birth date only the year (`birthYear`), so
 * nothing rebuilds one from the other; whoever sees an ID whole sees the birth date whole too.
 * Only names, IDs and phones have a masked form; other data is shown whole or not at all.
 */
// prettier-ignore
export const POLICY: Record<PersonalData, Record<Viewer, Access>> = {
  //             leader county inspector analyst registry employment healthcare education housing finance command
  NAME:        row(W, W, W, M, W, W, W, W, W, W, M),
  BIRTH_DATE:  row(M, M, M, M, W, M, W, W, M, M, M),
  RESIDENT_ID: row(M, M, M, M, W, M, W, M, M, M, M),
  PHONE:       row(M, W, W, H, W, W, M, W, W, M, H),
  HEALTH:      row(H, H, W, H, H, H, W, H, H, H, H),
  DISABILITY:  row(H, W, W, H, W, H, W, H, H, H, H),
  INCOME:      row(W, W, W, W, W, W, H, H, H, W, H),
  LOAN:        row(W, W, W, W, W, H, H, H, H, W, H),
  SCHOOLING:   row(W, W, W, W, W, H, H, W, H, H, H),
};

function row(...access: Access[]): Record<Viewer, Access> {
  const viewers: Viewer[] = ['city_leader', 'county_official', 'inspector', 'analyst', ...DEPARTMENTS];
  return Object.fromEntries(viewers.map((viewer, i) => [viewer, access[i]!])) as Record<Viewer, Access>;
}

/**
 * How `caller` sees `data` served by `service`. Department staff see their own department's
 * records whole (they keep them); the table says how they see other departments' data.
 */
export function accessTo(caller: Caller, data: PersonalData, service: string): Access {
  if (caller.role === 'anonymous') return 'hidden';
  if (caller.role === 'department_staff' && caller.department === service) return 'whole';
  const viewer = caller.role === 'department_staff' ? (caller.department as Viewer | null) : caller.role;
  return (viewer && POLICY[data][viewer]) ?? 'hidden';
}
