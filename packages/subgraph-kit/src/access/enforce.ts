import {
  defaultFieldResolver,
  Kind,
  type DirectiveNode,
  type GraphQLField,
  type GraphQLFieldResolver,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLOutputType,
  type GraphQLResolveInfo,
  type GraphQLSchema,
} from 'graphql';
import { assertSignedIn, countyScope, forbidden, graphqlError, type Caller } from '@pas/platform';
import type { SubgraphContext } from '../server.js';
import { auditWriter } from './audit.js';
import { masked } from './masks.js';
import { accessTo, PERSONAL_DATA, type PersonalData } from './policy.js';
import { countyOfRecord, idOfRecord } from './record-county.js';

type ReferenceResolver = (reference: object, context: SubgraphContext, info: GraphQLResolveInfo) => unknown;

/** Where @apollo/subgraph keeps a type's `__resolveReference` (made here when the type has none). */
function referenceHolder(type: GraphQLObjectType): { resolveReference?: ReferenceResolver } {
  const extensions = type.extensions as { apollo?: { subgraph?: { resolveReference?: ReferenceResolver } } };
  extensions.apollo ??= {};
  return (extensions.apollo.subgraph ??= {});
}

// The schema comes from @apollo/subgraph's copy of graphql-js (CommonJS), so graphql's own
// `isObjectType`/`getNamedType` (instanceof checks against this module's copy) cannot be used.
function isObjectType(type: GraphQLNamedType): type is GraphQLObjectType {
  return Object.prototype.toString.call(type) === '[object GraphQLObjectType]';
}

function namedTypeName(type: GraphQLOutputType): string {
  let named: GraphQLOutputType = type;
  while ('ofType' in named) named = named.ofType;
  return named.name;
}

function directive(nodes: readonly { directives?: readonly DirectiveNode[] }[], name: string): DirectiveNode | undefined {
  return nodes.flatMap((node) => node.directives ?? []).find((d) => d.name.value === name);
}

function isPersonalRecordType(type: GraphQLObjectType): boolean {
  return directive([...(type.astNode ? [type.astNode] : []), ...type.extensionASTNodes], 'personalRecord') !== undefined;
}

function needsSignIn(field: GraphQLField<unknown, unknown>): boolean {
  return directive(field.astNode ? [field.astNode] : [], 'signedIn') !== undefined;
}

function personalDataOf(field: GraphQLField<unknown, unknown>): PersonalData | null {
  const argument = directive(field.astNode ? [field.astNode] : [], 'personal')?.arguments?.find((a) => a.name.value === 'data');
  if (!argument) return null;
  if (argument.value.kind !== Kind.ENUM || !(PERSONAL_DATA as readonly string[]).includes(argument.value.value)) {
    throw new Error(`@personal on ${field.name} needs one of ${PERSONAL_DATA.join(', ')}`);
  }
  return argument.value.value as PersonalData;
}

/** County officials see their own county's records only; a record naming no county is not shown to them. */
function assertInScope(caller: Caller, value: unknown): void {
  const scope = countyScope(caller);
  if (!scope || value === null || value === undefined) return;
  for (const record of Array.isArray(value) ? value : [value]) {
    if (record !== null && countyOfRecord(record) !== scope) throw forbidden('This record is outside your county');
  }
}

async function present(data: PersonalData, value: unknown, source: unknown, ctx: SubgraphContext, info: GraphQLResolveInfo, service: string): Promise<unknown> {
  const access = accessTo(ctx.caller, data, service);
  const field = `${info.parentType.name}.${info.fieldName}`;
  if (access === 'masked') {
    const shown = masked(data, value);
    if (shown !== undefined) return shown;
  }
  if (access !== 'whole') throw forbidden(`${field} is not shown to your role`, { personalData: data });
  if (value === null || value === undefined) return value;
  if (!ctx.purpose) {
    throw graphqlError('PURPOSE_REQUIRED', `${field} is personal data: say why you need it in the x-access-purpose header`, { personalData: data });
  }
  await auditWriter(ctx.loaders).load({
    at: new Date(),
    service,
    subject: ctx.caller.subject,
    role: ctx.caller.role,
    department: ctx.caller.department,
    purpose: ctx.purpose,
    requestId: ctx.requestId,
    recordId: idOfRecord(source),
    countyCode: countyOfRecord(source),
    field,
  });
  return value;
}

/**
 * Applies the access rules a subgraph's schema declares, once, on every path a request can
 * take: a `@personalRecord` type needs a signed-in caller of the record's county,
 * whether it is reached by a root field, a nested field or `_entities`; a `@personal` field is
 * shown whole (with a purpose, audited), masked or not at all by the policy table; a field
 * marked `@signedIn` needs a signed-in caller. (Our own directives: @apollo/gateway refuses a
 * supergraph that carries federation's `@authenticated`.)
 */
export function enforceAccess(schema: GraphQLSchema, service: string): void {
  const types = Object.values(schema.getTypeMap()).filter((t) => isObjectType(t) && !t.name.startsWith('__')) as GraphQLObjectType[];
  const personalRecordTypes = new Set(types.filter(isPersonalRecordType).map((t) => t.name));

  for (const type of types) {
    // A record is reached either through a field of its type or through `_entities`: both are
    // guarded here, so the record's own plain fields need no wrapping.
    if (personalRecordTypes.has(type.name)) {
      const holder = referenceHolder(type);
      const resolveReference = holder.resolveReference ?? ((reference: object) => reference);
      holder.resolveReference = async (reference, ctx, info) => {
        assertSignedIn(ctx.caller);
        assertInScope(ctx.caller, reference);
        const record = await resolveReference(reference, ctx, info);
        assertInScope(ctx.caller, record);
        return record;
      };
    }
    for (const field of Object.values(type.getFields())) {
      const returnsRecord = personalRecordTypes.has(namedTypeName(field.type));
      const data = personalDataOf(field);
      if (!returnsRecord && !data && !needsSignIn(field)) continue;
      const resolve: GraphQLFieldResolver<unknown, SubgraphContext> = field.resolve ?? defaultFieldResolver;
      field.resolve = async (source, args, ctx: SubgraphContext, info) => {
        assertSignedIn(ctx.caller);
        const value = await resolve(source, args, ctx, info);
        if (returnsRecord) assertInScope(ctx.caller, value);
        return data ? present(data, value, source, ctx, info, service) : value;
      };
    }
  }
}
