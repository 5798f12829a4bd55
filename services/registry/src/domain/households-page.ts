import { decodeCursor, encodeCursor, pageSize } from '@pas/subgraph-kit';
import type { FilterQuery } from 'mongoose';
import type { HouseholdFilter } from '../generated/resolvers-types.js';
import { Household, type HouseholdDoc } from '../models/index.js';

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function householdQuery(filter: HouseholdFilter | null | undefined, countyScope: string | null): FilterQuery<HouseholdDoc> {
  const query: FilterQuery<HouseholdDoc> = {};
  if (filter?.countyCode) query.countyCode = filter.countyCode;
  if (countyScope) {
    if (filter?.countyCode && filter.countyCode !== countyScope) return { _id: { $in: [] } };
    query.countyCode = countyScope;
  }
  if (filter?.townshipCode) query.townshipCode = filter.townshipCode;
  if (filter?.villageCode) query.villageCode = filter.villageCode;
  if (filter?.status) query.status = filter.status;
  if (filter?.attribute) query.attribute = filter.attribute;
  if (filter?.cause) query.causes = filter.cause;
  if (filter?.headName) query.headName = { $regex: `^${escapeRegex(filter.headName)}` };
  return query;
}

export interface HouseholdsPage {
  edges: { cursor: string; node: HouseholdDoc }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  /** The filter, for `totalCount`: counted only when asked for. */
  query: FilterQuery<HouseholdDoc>;
}

/**
 * A page ordered by household id. The cursor is the last id seen, so a page never repeats or
 * skips an existing household when others are registered meanwhile.
 */
export async function householdsPage(query: FilterQuery<HouseholdDoc>, first: number | null | undefined, after: string | null | undefined): Promise<HouseholdsPage> {
  const size = pageSize(first, { fallback: 20, max: 200 });
  const pageQuery = after ? { $and: [query, { _id: { $gt: decodeCursor<{ id: string }>(after, ['id']).id } }] } : query;
  const docs = await Household.find(pageQuery).sort({ _id: 1 }).limit(size + 1).lean<HouseholdDoc[]>();
  const page = docs.slice(0, size);
  const edges = page.map((node) => ({ cursor: encodeCursor({ id: node.id }), node }));
  return {
    edges,
    query,
    pageInfo: { hasNextPage: docs.length > size, endCursor: edges.at(-1)?.cursor ?? null },
  };
}
