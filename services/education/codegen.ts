import { subgraphCodegen } from '@pas/subgraph-kit/codegen';

export default subgraphCodegen({
  Household: '../entity-refs.js#HouseholdRef',
  Person: '../entity-refs.js#PersonRef',
  County: '../entity-refs.js#CountyRef',
  HouseholdEducation: '../entity-refs.js#HouseholdEducationParent',
  PersonEducation: '../entity-refs.js#PersonEducationParent',
  School: '../models/school.js#SchoolDoc',
  StudentEnrolment: '../models/student-enrolment.js#StudentEnrolmentDoc',
  StudentAid: '../models/student-aid.js#StudentAidDoc',
  StudentAidTotal: '../aid-total.js#StudentAidTotalRecord',
});
