import { subgraphCodegen } from '@pas/subgraph-kit/codegen';

export default subgraphCodegen({
  Headquarters: '../models/headquarters.js#HeadquartersDoc',
  Department: '../models/department.js#DepartmentDoc',
  TaskLedgerEntry: '../models/task-ledger-entry.js#TaskLedgerEntryDoc',
  Inspection: '../models/inspection.js#InspectionDoc',
  RectificationIssue: '../models/rectification-issue.js#RectificationIssueDoc',
});
