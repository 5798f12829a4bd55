import { subgraphCodegen } from '@pas/subgraph-kit/codegen';

export default subgraphCodegen({
  Household: '../entity-refs.js#HouseholdRef',
  Person: '../entity-refs.js#PersonRef',
  Village: '../entity-refs.js#VillageRef',
  County: '../entity-refs.js#CountyRef',
  HouseholdEmployment: '../entity-refs.js#HouseholdEmploymentParent',
  PersonEmployment: '../entity-refs.js#PersonEmploymentParent',
  VillageEmployment: '../entity-refs.js#VillageEmploymentParent',
  TransferEmployment: '../models/employment-record.js#TransferRecord',
  PublicWelfarePost: '../models/employment-record.js#PublicWelfarePostRecord',
  WorkshopJob: '../models/employment-record.js#WorkshopJobRecord',
  PovertyWorkshop: '../models/workshop.js#WorkshopDoc',
  TrainingCourse: '../models/training-course.js#TrainingCourseDoc',
  TrainingPlace: '../models/training-course.js#TrainingPlaceRecord',
  EmploymentSubsidy: '../models/employment-subsidy.js#EmploymentSubsidyDoc',
  EmploymentSummary: '../summary.js#EmploymentSummaryRecord',
});
