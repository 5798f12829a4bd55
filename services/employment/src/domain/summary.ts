import { EmploymentRecord, EmploymentSubsidy, TrainingCourse, Workshop, type DestinationScope, type EmploymentKind } from '../models/index.js';

export interface EmploymentSummaryRecord {
  countyCode: string;
  employedPersons: number;
  transfers: number;
  transfersInCounty: number;
  transfersInProvince: number;
  transfersOutOfProvince: number;
  publicWelfarePosts: number;
  workshops: number;
  workshopJobs: number;
  workshopPoorWorkers: number;
  trainingCourses: number;
  trainingPersonTimes: number;
  certifiedTrainees: number;
  averageMonthlyIncome: number;
  subsidiesPaid: number;
}

/**
 * A county's employment figures: the engine counts and sums, the average is computed here
 * (pipelines keep to stages every supported engine runs).
 */
export async function employmentSummary(countyCode: string): Promise<EmploymentSummaryRecord> {
  const current = { countyCode, endDate: null };
  const [jobs, persons, workshops, trainees, trainingCourses, subsidies] = await Promise.all([
    EmploymentRecord.aggregate<{ _id: { kind: EmploymentKind; scope?: DestinationScope | null }; jobs: number; income: number }>([
      { $match: current },
      { $group: { _id: { kind: '$kind', scope: '$destinationScope' }, jobs: { $sum: 1 }, income: { $sum: '$monthlyIncome' } } },
    ]),
    EmploymentRecord.aggregate<{ persons: number }>([{ $match: current }, { $group: { _id: '$personId' } }, { $count: 'persons' }]),
    Workshop.aggregate<{ workshops: number; jobs: number }>([{ $match: { countyCode } }, { $group: { _id: null, workshops: { $sum: 1 }, jobs: { $sum: '$jobs' } } }]),
    TrainingCourse.aggregate<{ _id: boolean; trainees: number }>([
      { $match: { countyCode } },
      { $unwind: '$trainees' },
      { $group: { _id: '$trainees.certified', trainees: { $sum: 1 } } },
    ]),
    TrainingCourse.countDocuments({ countyCode }),
    EmploymentSubsidy.aggregate<{ total: number }>([{ $match: { countyCode } }, { $group: { _id: null, total: { $sum: '$amount' } } }]),
  ]);

  const count = (kind: EmploymentKind, scope?: DestinationScope) =>
    jobs.filter((row) => row._id.kind === kind && (!scope || row._id.scope === scope)).reduce((sum, row) => sum + row.jobs, 0);
  const currentJobs = jobs.reduce((sum, row) => sum + row.jobs, 0);
  const income = jobs.reduce((sum, row) => sum + row.income, 0);
  return {
    countyCode,
    employedPersons: persons[0]?.persons ?? 0,
    transfers: count('TRANSFER'),
    transfersInCounty: count('TRANSFER', 'IN_COUNTY'),
    transfersInProvince: count('TRANSFER', 'IN_PROVINCE'),
    transfersOutOfProvince: count('TRANSFER', 'OUT_OF_PROVINCE'),
    publicWelfarePosts: count('PUBLIC_WELFARE_POST'),
    workshops: workshops[0]?.workshops ?? 0,
    workshopJobs: workshops[0]?.jobs ?? 0,
    workshopPoorWorkers: count('WORKSHOP'),
    trainingCourses,
    trainingPersonTimes: trainees.reduce((sum, row) => sum + row.trainees, 0),
    certifiedTrainees: trainees.find((row) => row._id === true)?.trainees ?? 0,
    averageMonthlyIncome: currentJobs > 0 ? Math.round(income / currentJobs) : 0,
    subsidiesPaid: subsidies[0]?.total ?? 0,
  };
}
