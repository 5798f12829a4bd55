import DataLoader from 'dataloader';
import { maskPhone, maskResidentId, maySeePersonalData, type SubgraphContext } from '@pas/subgraph-kit';
import { PersonalDataRead, type PersonalDataReadDoc, type PersonRecord } from './models/index.js';

/** Unmasked reads of one request are written to the audit collection together, in one insert. */
function auditLog(ctx: SubgraphContext) {
  return ctx.loaders.get(
    'personalDataAudit',
    () =>
      new DataLoader<PersonalDataReadDoc, true>(
        async (entries) => {
          await PersonalDataRead.insertMany(entries, { ordered: false });
          return entries.map(() => true as const);
        },
        { cache: false },
      ),
  );
}

/**
 * A personal field as this caller may see it: in full (and audited) for registry staff,
 * masked for everyone else.
 */
export async function personalField(person: PersonRecord, field: 'residentId' | 'phone', ctx: SubgraphContext): Promise<string | null> {
  const value = person[field];
  if (value === null) return null;
  if (!maySeePersonalData(ctx.caller, 'registry')) return field === 'residentId' ? maskResidentId(value) : maskPhone(value);
  await auditLog(ctx).load({
    at: new Date(),
    subject: ctx.caller.subject,
    role: ctx.caller.role,
    department: ctx.caller.department,
    purpose: ctx.purpose ?? 'unspecified',
    requestId: ctx.requestId,
    personId: person.id,
    field,
  });
  return value;
}
