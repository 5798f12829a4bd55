import { accessAuditResolvers } from '@pas/subgraph-kit';
import type { AccessAuditResolvers } from '../generated/resolvers-types.js';

export const AccessAudit: AccessAuditResolvers = accessAuditResolvers('registry', 'registry');
