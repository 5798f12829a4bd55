import mongoose from 'mongoose';
import { resolveMongoTarget, type EngineHandle, type Logger } from '@pas/mongo-runtime';

/** Connects the default mongoose connection to this service's own database and builds its indexes. */
export async function connectDatabase(service: string, log: Logger): Promise<EngineHandle> {
  const target = await resolveMongoTarget(service, log);
  await mongoose.connect(target.uri, { dbName: target.dbName, serverSelectionTimeoutMS: 10_000 });
  await Promise.all(Object.values(mongoose.models).map((model) => model.init()));
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
