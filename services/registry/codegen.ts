import { subgraphCodegen } from '@pas/subgraph-kit/codegen';

export default subgraphCodegen({
  County: '../models/region.js#CountyDoc',
  Township: '../models/region.js#TownshipDoc',
  Village: '../models/region.js#VillageDoc',
  Household: '../models/household.js#HouseholdDoc',
  StatusChange: '../models/household.js#StatusChangeDoc',
  Person: '../models/household.js#PersonRecord',
  Cadre: '../models/household.js#CadreDoc',
  RegisterCounts: '../domain/counts.js#RegisterCountsRecord',
  HouseholdExitAssessment: '../domain/exit-assessment.js#ExitAssessmentParent',
  DeclaredIncome: '../models/household.js#DeclaredIncomeDoc',
  VerificationVisit: '../models/verification-visit.js#VerificationVisitDoc',
  PovertyLine: '../models/poverty-line.js#PovertyLineDoc',
  VillageExitAssessment: '../domain/village-assessment.js#VillageAssessmentParent',
  CountyExitAssessment: '../domain/county-assessment.js#CountyAssessmentParent',
  HouseholdExitRow: '../domain/county-assessment.js#HouseholdExitRowRecord',
  ExitReason: '../domain/county-assessment.js#ExitReasonRecord',
  ComparisonCandidate: '../domain/comparison.js#ComparisonCandidateRecord',
  HouseholdConnection: '../domain/households-page.js#HouseholdsPage',
});
