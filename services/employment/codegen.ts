import { registryRefMappers, subgraphCodegen } from '@pas/subgraph-kit/codegen';

export default subgraphCodegen({
  ...registryRefMappers,
  HouseholdEmployment: '@pas/subgraph-kit#OfHousehold',
  HouseholdExitAssessment: '@pas/subgraph-kit#ExitAssessmentRef',
  CountyExitAssessment: '@pas/subgraph-kit#CountyAssessmentWithRoster',
  PersonEmployment: '@pas/subgraph-kit#OfPerson',
  VillageEmployment: '@pas/subgraph-kit#OfVillage',
  TransferEmployment: '../models/employment-record.js#TransferRecord',
  PublicWelfarePost: '../models/employment-record.js#PublicWelfarePostRecord',
  WorkshopJob: '../models/employment-record.js#WorkshopJobRecord',
  PovertyWorkshop: '../models/workshop.js#WorkshopDoc',
  TrainingCourse: '../models/training-course.js#TrainingCourseDoc',
  TrainingPlace: '../models/training-course.js#TrainingPlaceRecord',
  EmploymentSubsidy: '../models/employment-subsidy.js#EmploymentSubsidyDoc',
  EmploymentSummary: '../domain/summary.js#EmploymentSummaryRecord',
});
