import { randomUUID } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import { LRUCache } from 'lru-cache';
import { FIRST_CAMPAIGN_YEAR } from '@pas/register-rules';
import mongoose, { mongo, Schema, type Model } from 'mongoose';

type Db = mongo.Db;

/**
 * Digests: a compact copy of one kind of record, kept per scope (a county's year, a village) in
 * the subgraph's `digests` collection, so a county question reads a few documents by `_id`
 * instead of scanning the records (DESIGN: summary documents maintained on write). A writer
 * refreshes a record's entry after writing the record; `rebuild` makes every digest anew from the
 * records (`npm run rebuild-digests`, and the seed after writing).
 *
 * A scope's entries, keyed by record id, are shared among `parts` documents: a write rewrites its
 * document whole (the embedded engine copies it on every update), so a county's year of
 * enrolments is kept in 32 documents of a few hundred kilobytes, read together with one `$in`.
 * An entry is stored as BSON bytes, one value: the engine holds a document's fields as objects,
 * ten times their size, but bytes as bytes. Every write gives a document a new `v`, so a process
 * keeps the documents it read and reads again only those whose `v` changed.
 */
interface DigestDoc {
  _id: string;
  entries: Record<string, mongo.Binary>;
  v: string;
}

const DigestModel: Model<DigestDoc> =
  (mongoose.models.Digest as Model<DigestDoc> | undefined) ??
  mongoose.model<DigestDoc>('Digest', new Schema<DigestDoc>({ _id: String, entries: { type: Schema.Types.Mixed, default: {} }, v: String }, { collection: 'digests', minimize: false, versionKey: false }));

interface ReadDigest {
  v: string;
  records: ({ id: string } & Record<string, unknown>)[];
}

/** Digest documents read, by id, as records, up to this many records in all (about 100 MiB). */
const readDigests = new LRUCache<string, ReadDigest>({ maxSize: 500_000, sizeCalculation: (read) => Math.max(1, read.records.length) });

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * The records of these digest documents as stored now, each document's in id order (none for a
 * document not stored): only documents changed since this process last read them are read whole.
 */
async function currentRecords(ids: string[]): Promise<(id: string) => ReadDigest['records']> {
  const versions = await DigestModel.find({ _id: { $in: ids } }, { v: 1 }).lean<Pick<DigestDoc, '_id' | 'v'>[]>().exec();
  const stale = versions.filter(({ _id, v }) => !v || readDigests.get(_id)?.v !== v).map(({ _id }) => _id);
  if (stale.length > 0) {
    for (const doc of await DigestModel.find({ _id: { $in: stale } }).lean<DigestDoc[]>().exec()) {
      readDigests.set(doc._id, { v: doc.v, records: Object.entries(doc.entries).map(([id, entry]) => ({ ...mongo.BSON.deserialize(entry.buffer), id })).sort(byId) });
    }
  }
  // A document changed again between the two reads is taken as read: it is as fresh as a single read.
  const stored = new Set(versions.map(({ _id }) => _id));
  return (id) => (stored.has(id) ? (readDigests.get(id)?.records ?? []) : []);
}

export interface DigestSpec {
  /** The digest's name, the first part of its documents' ids, e.g. `enrolments`. */
  name: string;
  /** The records' model; each record has a unique `id`. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- any record model
  model: Model<any>;
  /** The fields an entry keeps. */
  fields: readonly string[];
  /** Fields read only to place the record, not kept. */
  placeFields?: readonly string[];
  /** The scopes a record belongs to, e.g. `410326/2019`. They derive from what identifies the record, so they never change. */
  scopesOf: (record: Record<string, unknown>) => string[];
  /** Documents each scope is shared among, by a hash of the record id; 1 unless a scope holds thousands of records. */
  parts?: number;
}

export interface Digest<R> {
  readonly name: string;
  /** The entries of these scopes, as records with their `id`: scope by scope in the order given, each in id order. Shared: never change them. */
  read(scopes: string[]): Promise<(R & { id: string })[]>;
  /** Keeps the record's entry in step with the record, after a write of it. */
  refresh(id: string): Promise<void>;
  /** Every digest of this kind made anew from the records; answers how many documents and entries. */
  rebuild(db: Db): Promise<{ documents: number; entries: number }>;
}

const SAFE_KEY = /^[^.$][^.]*$/;
/** Which of `parts` documents a record's entry is kept in. */
function partOf(id: string, parts: number): number {
  let hash = 0;
  for (let i = 0; i < id.length; i++) hash = (hash * 31 + id.charCodeAt(i)) >>> 0;
  return hash % parts;
}

function projectionOf(spec: DigestSpec): Record<string, 1 | 0> {
  return Object.fromEntries([['_id', 0], ['id', 1], ...[...spec.fields, ...(spec.placeFields ?? [])].map((field) => [field, 1])]);
}

function entryOf(spec: DigestSpec, record: Record<string, unknown>): mongo.Binary {
  const entry = { ...record };
  delete entry.id;
  for (const field of spec.placeFields ?? []) delete entry[field];
  return new mongo.Binary(mongo.BSON.serialize(entry));
}

function keyOf(id: unknown): string {
  if (typeof id !== 'string' || !SAFE_KEY.test(id)) throw new Error(`A digested record's id must be a string with no '.' and no leading '$': ${String(id)}`);
  return id;
}

/** A digest of `spec`'s records whose entries read as `R`. */
export function digest<R>(spec: DigestSpec): Digest<R> {
  const projection = projectionOf(spec);
  const parts = spec.parts ?? 1;
  const documentOf = (scope: string, id: string) => (parts === 1 ? `${spec.name}:${scope}` : `${spec.name}:${scope}#${partOf(id, parts)}`);
  const documentsOf = (scope: string) => (parts === 1 ? [`${spec.name}:${scope}`] : Array.from({ length: parts }, (_, part) => `${spec.name}:${scope}#${part}`));
  const readRecord = (id: string) => spec.model.findOne({ id } as never, projection).lean<Record<string, unknown>>().exec();

  return {
    name: spec.name,

    async read(scopes) {
      const recordsOf = await currentRecords(scopes.flatMap(documentsOf));
      return scopes.flatMap((scope) => {
        const records = documentsOf(scope).flatMap(recordsOf);
        // A scope's parts interleave: put its records back in id order.
        return (parts === 1 ? records : records.sort(byId)) as (R & { id: string })[];
      });
    },

    // Set, then read the record again: a writer that set an entry from a read another writer
    // has since overtaken sees the record changed and sets it again, so the last set always
    // follows the last write.
    async refresh(id) {
      for (let attempt = 0; attempt < 10; attempt++) {
        const record = await readRecord(id);
        if (!record) return;
        const key = keyOf(record.id);
        const entry = entryOf(spec, record);
        await Promise.all(
          spec.scopesOf(record).map((scope) => DigestModel.updateOne({ _id: documentOf(scope, key) }, { $set: { [`entries.${key}`]: entry, v: randomUUID() } }, { upsert: true }).exec()),
        );
        if (isDeepStrictEqual(await readRecord(id), record)) return;
      }
      throw new Error(`Record ${id} kept changing while its ${spec.name} digest was refreshed`);
    },

    async rebuild(db) {
      const documents = new Map<string, Record<string, mongo.Binary>>();
      let entries = 0;
      for await (const record of db.collection(spec.model.collection.collectionName).find({}, { projection })) {
        const key = keyOf(record.id);
        for (const scope of spec.scopesOf(record)) {
          const id = documentOf(scope, key);
          let held = documents.get(id);
          if (!held) documents.set(id, (held = {}));
          held[key] = entryOf(spec, record);
        }
        entries++;
      }
      const digests = db.collection<DigestDoc>(DigestModel.collection.collectionName);
      for (const [id, held] of documents) await digests.replaceOne({ _id: id }, { entries: held, v: randomUUID() }, { upsert: true });
      // Scopes no record belongs to any more; ids of this digest start with its name and a colon.
      const stale = (await digests.find({}, { projection: { _id: 1 } }).toArray()).map((doc) => doc._id).filter((id) => id.startsWith(`${spec.name}:`) && !documents.has(id));
      if (stale.length > 0) await digests.deleteMany({ _id: { $in: stale } });
      return { documents: documents.size, entries };
    },
  };
}

/** Rebuilds each digest of a subgraph's database; answers entries per digest. */
export async function rebuildDigests(db: Db, digests: Digest<unknown>[]): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const one of digests) counts[one.name] = (await one.rebuild(db)).entries;
  return counts;
}

/** The scope of a county's year in a digest made by `countyYearDigest`. */
export const countyYearScope = (countyCode: string, year: number) => `${countyCode}/${year}`;

/**
 * A digest placed by each record's `countyCode` and the year of its `yearField` (a year, or a
 * date's year; a year before the campaign counts as its first).
 */
export function countyYearDigest<R>(spec: Omit<DigestSpec, 'placeFields' | 'scopesOf'> & { yearField: string }): Digest<R> {
  const { yearField, ...rest } = spec;
  return digest<R>({
    ...rest,
    placeFields: ['countyCode', ...(spec.fields.includes(yearField) ? [] : [yearField])],
    scopesOf: (record) => {
      const value = record[yearField];
      const year = value instanceof Date ? value.getUTCFullYear() : Number(value);
      return [countyYearScope(String(record.countyCode), Math.max(FIRST_CAMPAIGN_YEAR, year))];
    },
  });
}

/**
 * Builds a subgraph's digests from its records when its database keeps none yet (one written
 * before digests were kept): a service started on it answers county questions from the start.
 * Answers whether it built them.
 */
export async function ensureDigests(digests: Digest<unknown>[]): Promise<boolean> {
  const db = mongoose.connection.db!;
  if (digests.length === 0 || (await db.collection(DigestModel.collection.collectionName).estimatedDocumentCount()) > 0) return false;
  await rebuildDigests(db, digests);
  return true;
}
