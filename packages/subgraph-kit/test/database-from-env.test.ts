import { describe, expect, it } from 'vitest';
import { databaseFromEnv } from '../src/database.js';

describe('the database a subgraph is told to use', () => {
  it("takes the subgraph's own URI before the shared one, and the subgraph's name as the database", () => {
    expect(databaseFromEnv('registry', { MONGODB_URI: 'mongodb://shared' })).toEqual({ uri: 'mongodb://shared', dbName: 'registry' });
    expect(databaseFromEnv('registry', { MONGODB_URI: 'mongodb://shared', REGISTRY_MONGODB_URI: 'mongodb://own', MONGODB_DB: 'reg2' })).toEqual({ uri: 'mongodb://own', dbName: 'reg2' });
  });

  it('treats an empty variable as unset, as compose writes `${VAR:-}`', () => {
    expect(databaseFromEnv('registry', { REGISTRY_MONGODB_URI: '', MONGODB_URI: 'mongodb://shared', MONGODB_DB: '' })).toEqual({ uri: 'mongodb://shared', dbName: 'registry' });
  });

  it('refuses to start without a URI, naming the variables and the local launcher', () => {
    expect(() => databaseFromEnv('healthcare', {})).toThrow(/set HEALTHCARE_MONGODB_URI or MONGODB_URI \(npm start at the repository root/);
  });
});
