import { registryRefMappers, subgraphCodegen } from '@pas/subgraph-kit/codegen';

export default subgraphCodegen({
  ...registryRefMappers,
  Household: '../domain/compulsory-education.js#HouseholdWithMembers',
  HouseholdEducation: '../domain/compulsory-education.js#HouseholdEducationParent',
  HouseholdExitAssessment: '../domain/compulsory-education.js#ExitAssessmentWithMembers',
  CountyExitAssessment: '../domain/compulsory-education.js#CountyAssessmentWithRoster',
  PersonEducation: '@pas/subgraph-kit#OfPerson',
  School: '../models/school.js#SchoolDoc',
  StudentEnrolment: '../models/student-enrolment.js#StudentEnrolmentDoc',
  StudentAid: '../models/student-aid.js#StudentAidDoc',
  StudentAidTotal: '../domain/aid-total.js#StudentAidTotalRecord',
});
