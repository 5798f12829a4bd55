import { registryRefMappers, subgraphCodegen } from '@pas/subgraph-kit/codegen';

export default subgraphCodegen({
  ...registryRefMappers,
  HouseholdEducation: '@pas/subgraph-kit#OfHousehold',
  PersonEducation: '@pas/subgraph-kit#OfPerson',
  School: '../models/school.js#SchoolDoc',
  StudentEnrolment: '../models/student-enrolment.js#StudentEnrolmentDoc',
  StudentAid: '../models/student-aid.js#StudentAidDoc',
  StudentAidTotal: '../domain/aid-total.js#StudentAidTotalRecord',
});
