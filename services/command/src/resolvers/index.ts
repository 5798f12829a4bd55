import type { Resolvers } from '../generated/resolvers-types.js';
import { Headquarters } from './headquarters.js';
import { Inspection } from './inspection.js';
import { Mutation } from './mutation.js';
import { Query } from './query.js';
import { RectificationIssue } from './rectification-issue.js';
import { TaskLedgerEntry } from './task-ledger-entry.js';

export const resolvers: Resolvers = { Query, Mutation, Headquarters, TaskLedgerEntry, Inspection, RectificationIssue };
