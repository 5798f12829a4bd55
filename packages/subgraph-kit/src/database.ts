import mongoose from 'mongoose';
import { subgraphVariable, type Logger } from '@pas/platform';
import { keepsDeadline } from './deadline.js';
import './mongoose-setup.js';

export interface DatabaseTarget {
  uri: string;
  /** Each subgraph keeps its data in a database of its own name. */
  dbName: string;
}

/**
 * Where a subgraph's data lives: `REGISTRY_MONGODB_URI` for the registry (and so on), else
 * `MONGODB_URI`; the database is `MONGODB_DB`, else the subgraph's name (an empty variable is unset). A deployed service
 * is always told; `npm start` at the root starts a local engine and tells each subgraph.
 */
export function databaseFromEnv(name: string, env: NodeJS.ProcessEnv = process.env): DatabaseTarget {
  const variable = subgraphVariable(name, 'MONGODB_URI');
  const uri = env[variable] || env.MONGODB_URI;
  if (!uri) {
    throw new Error(`No database for the ${name} subgraph: set ${variable} or MONGODB_URI (npm start at the repository root runs a local engine and sets it)`);
  }
  return { uri, dbName: env.MONGODB_DB || name };
}

/** Connects the default mongoose connection to the subgraph's database and builds its indexes. */
export async function connectDatabase(target: DatabaseTarget, log: Logger): Promise<void> {
  await mongoose.connect(target.uri, { dbName: target.dbName, serverSelectionTimeoutMS: 10_000 });
  await Promise.all(Object.values(mongoose.models).map((model) => model.init()));
  const unguarded = Object.values(mongoose.models).filter((model) => !keepsDeadline(model.schema));
  if (unguarded.length > 0) {
    log.warn({ models: unguarded.map((m) => m.modelName) }, 'models compiled before @pas/subgraph-kit was imported: their queries have no deadline');
  }
  log.info({ db: target.dbName }, 'database connected');
}

export async function databaseReachable(): Promise<boolean> {
  const db = mongoose.connection.db;
  if (!db) return false;
  try {
    await db.admin().command({ ping: 1 });
    return true;
  } catch {
    return false;
  }
}

export async function disconnectDatabase(): Promise<void> {
  await mongoose.disconnect();
}

/** MongoDB's duplicate key error: a unique index refused the write. */
export function isDuplicateKey(error: unknown): boolean {
  return (error as { code?: number } | undefined)?.code === 11000;
}
