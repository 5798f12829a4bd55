import DataLoader from 'dataloader';
import type { Model } from 'mongoose';

/**
 * Per-request DataLoaders, created on first use by their factory. One request's loaders never
 * serve another's, so results cannot leak across callers.
 */
export class Loaders {
  private readonly byFactory = new Map<() => DataLoader<never, unknown>, DataLoader<never, unknown>>();

  /** Keyed by the factory itself: pass one made once (as `requestLoaders` does), never an inline arrow. */
  get<K, V>(create: () => DataLoader<K, V>): DataLoader<K, V> {
    let loader = this.byFactory.get(create);
    if (!loader) {
      loader = create();
      this.byFactory.set(create, loader);
    }
    return loader as DataLoader<K, V>;
  }
}

/**
 * A subgraph's batching loaders, each named once by its factory: `load.name(ctx)` is the
 * request's own DataLoader.
 */
export function requestLoaders<Factories extends Record<string, () => DataLoader<never, unknown>>>(
  factories: Factories,
): { [Name in keyof Factories]: (ctx: { loaders: Loaders }) => ReturnType<Factories[Name]> } {
  return Object.fromEntries(Object.entries(factories).map(([name, create]) => [name, (ctx: { loaders: Loaders }) => ctx.loaders.get(create)])) as {
    [Name in keyof Factories]: (ctx: { loaders: Loaders }) => ReturnType<Factories[Name]>;
  };
}

/** Loads documents by a unique field with one `$in` query per batch; a missing key gives null. */
export function uniqueKeyLoader<Doc>(model: Model<Doc>, field: keyof Doc & string): DataLoader<string, Doc | null> {
  return new DataLoader<string, Doc | null>(
    async (keys) => {
      const docs = (await model.find({ [field]: { $in: keys } } as never).lean()) as unknown as Doc[];
      const byKey = new Map(docs.map((doc) => [String(doc[field]), doc]));
      return keys.map((key) => byKey.get(key) ?? null);
    },
    { maxBatchSize: 5_000 },
  );
}

/** Loads every document whose `field` equals each key (one-to-many) with one `$in` query per batch. */
export function groupLoader<Doc>(model: Model<Doc>, field: keyof Doc & string): DataLoader<string, Doc[]> {
  return new DataLoader<string, Doc[]>(
    async (keys) => {
      const docs = (await model.find({ [field]: { $in: keys } } as never).lean()) as unknown as Doc[];
      const groups = new Map<string, Doc[]>(keys.map((key) => [key, []]));
      for (const doc of docs) groups.get(String(doc[field]))?.push(doc);
      return keys.map((key) => groups.get(key) ?? []);
    },
    { maxBatchSize: 5_000 },
  );
}

/**
 * A county's year read once per request, however many fields of it ask (a county's criteria
 * and its comparison signals read the same records).
 */
export function countyYearLoader<V>(read: (key: { countyCode: string; year: number }) => Promise<V>): DataLoader<{ countyCode: string; year: number }, V, string> {
  return new DataLoader((keys) => Promise.all(keys.map(read)), { cacheKeyFn: ({ countyCode, year }) => `${countyCode}/${year}` });
}

/** A loaded record the data guarantees (a site a relocation names, say): its absence is an internal error, not a null. */
export function must<T>(value: T | null, what: string): T {
  if (value === null) throw new Error(`${what} is missing`);
  return value;
}
