import type { Resolvers } from '../generated/resolvers-types.js';
import { AccessAudit } from './access-audit.js';
import { CountyExitAssessment } from './county-exit-assessment.js';
import { ComparisonCandidate } from './comparison-candidate.js';
import { County } from './county.js';
import { HouseholdConnection } from './household-connection.js';
import { HouseholdExitAssessment } from './household-exit-assessment.js';
import { HouseholdExitRow } from './household-exit-row.js';
import { Household } from './household.js';
import { Mutation } from './mutation.js';
import { Person } from './person.js';
import { Query } from './query.js';
import { VerificationVisit } from './verification-visit.js';
import { VillageExitAssessment } from './village-exit-assessment.js';
import { Village } from './village.js';

export const resolvers: Resolvers = { AccessAudit, Query, Mutation, County, CountyExitAssessment, Village, VillageExitAssessment, Household, HouseholdConnection, HouseholdExitAssessment, HouseholdExitRow, ComparisonCandidate, Person, VerificationVisit };
