import DataLoader from 'dataloader';
import mongoose, { Schema } from 'mongoose';
import { forbidden, type Caller } from '@pas/platform';
import { assertCountyVisible } from '@pas/register-rules';
import type { Loaders } from '../loaders.js';

/** Who saw which record's personal data in full, when and why (append-only, per subgraph). */
export interface PersonalDataReadDoc {
  at: Date;
  service: string;
  subject: string | null;
  role: string;
  department: string | null;
  purpose: string;
  requestId: string;
  /** The record read: a person, household or domain record id. */
  recordId: string | null;
  countyCode: string | null;
  /** `Type.field`, e.g. `Person.residentId`. */
  field: string;
}

const readSchema = new Schema<PersonalDataReadDoc>(
  {
    at: { type: Date, required: true },
    service: { type: String, required: true },
    subject: { type: String, default: null },
    role: { type: String, required: true },
    department: { type: String, default: null },
    purpose: { type: String, required: true },
    requestId: { type: String, required: true },
    recordId: { type: String, default: null },
    countyCode: { type: String, default: null },
    field: { type: String, required: true },
  },
  { versionKey: false },
);
readSchema.index({ countyCode: 1, at: -1 });
readSchema.index({ recordId: 1, at: -1 });

export const PersonalDataRead = mongoose.model<PersonalDataReadDoc>('PersonalDataRead', readSchema, 'personalDataReads');

/** A request's full reads go to the audit together, one insert per tick. */
const auditBatch = () =>
  new DataLoader<PersonalDataReadDoc, true>(
    async (entries) => {
      await PersonalDataRead.insertMany(entries, { ordered: false });
      return entries.map(() => true as const);
    },
    { cache: false },
  );

export function auditWriter(loaders: Loaders): DataLoader<PersonalDataReadDoc, true> {
  return loaders.get(auditBatch);
}

/** City leaders read any county's audit; inspectors their own county's (every county's without one). */
function assertMayReadAudit(caller: Caller, countyCode: string): void {
  assertCountyVisible(caller, countyCode);
  if (caller.role === 'city_leader') return;
  if (caller.role === 'inspector' && (!caller.countyCode || caller.countyCode === countyCode)) return;
  throw forbidden('Only city leaders and inspectors read the access audit', { role: caller.role });
}

/** The most reads one answer lists, newest first. */
const AUDIT_PAGE = 1_000;

/** Whose audit an `AccessAudit` is: a county, from a time on. */
export type AuditScope = { countyCode: string; since: string | Date };
type AuditReads = (audit: AuditScope, args: unknown, ctx: { caller: Caller }) => Promise<PersonalDataReadDoc[]>;

type AccessAuditResolvers<F extends string> = { __resolveReference: <R extends AuditScope>(reference: R) => R } & Record<F, AuditReads>;

/**
 * Resolvers for `AccessAudit`, the entity through which every subgraph shows its own part of
 * the audit under a field named after itself (`AccessAudit.health` …).
 */
export function accessAuditResolvers<F extends string>(service: string, field: F): AccessAuditResolvers<F> {
  const reads: AuditReads = (audit, _args, ctx) => {
    assertMayReadAudit(ctx.caller, audit.countyCode);
    return PersonalDataRead.find({ service, countyCode: audit.countyCode, at: { $gte: new Date(audit.since) } })
      .sort({ at: -1 })
      .limit(AUDIT_PAGE)
      .lean<PersonalDataReadDoc[]>()
      .exec();
  };
  return { __resolveReference: (reference: AuditScope) => reference, [field]: reads } as AccessAuditResolvers<F>;
}
