import mongoose from 'mongoose';
import { resolveMongoTarget, type EngineHandle, type Logger } from '@pas/mongo-runtime';
import { keepsDeadline } from './deadline.js';
import './mongoose-setup.js';

/** Connects the default mongoose connection to this service's own database and builds its indexes. */
export async function connectDatabase(service: string, log: Logger): Promise<EngineHandle> {
  const target = await resolveMongoTarget(service, log);
  await mongoose.connect(target.uri, { dbName: target.dbName, serverSelectionTimeoutMS: 10_000 });
  await Promise.all(Object.values(mongoose.models).map((model) => model.init()));
  const unguarded = Object.values(mongoose.models).filter((model) => !keepsDeadline(model.schema));
  if (unguarded.length > 0) {
    log.warn({ models: unguarded.map((m) => m.modelName) }, 'models compiled before @pas/subgraph-kit was imported: their queries have no deadline');
  }
  log.info({ db: target.dbName, engine: target.engine.engine }, 'database connected');
  return target.engine;
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
