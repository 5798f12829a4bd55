import { SCHOOL_STAGES, StudentAid, type SchoolStage } from './models/index.js';

export interface StudentAidTotalRecord {
  countyCode: string;
  year: number;
  total: number;
  students: number;
  byStage: { stage: SchoolStage; total: number; students: number }[];
}

/**
 * A county's student aid in a year. One accumulator per $group (FerretDB v1 computes only the
 * first of several), so sums and student counts are separate pipelines; students are counted
 * by grouping on them first.
 */
export async function studentAidTotal(countyCode: string, year: number): Promise<StudentAidTotalRecord> {
  const match = { $match: { countyCode, year } };
  const [sums, studentsByStage, students] = await Promise.all([
    StudentAid.aggregate<{ _id: SchoolStage; total: number }>([match, { $group: { _id: '$stage', total: { $sum: '$amount' } } }]),
    StudentAid.aggregate<{ _id: SchoolStage; students: number }>([
      match,
      { $group: { _id: { stage: '$stage', personId: '$personId' } } },
      { $group: { _id: '$_id.stage', students: { $sum: 1 } } },
    ]),
    StudentAid.aggregate<{ students: number }>([match, { $group: { _id: '$personId' } }, { $count: 'students' }]),
  ]);
  const byStage = SCHOOL_STAGES.flatMap((stage) => {
    const total = sums.find((row) => row._id === stage)?.total;
    return total === undefined ? [] : [{ stage, total, students: studentsByStage.find((row) => row._id === stage)?.students ?? 0 }];
  });
  return { countyCode, year, total: byStage.reduce((sum, row) => sum + row.total, 0), students: students[0]?.students ?? 0, byStage };
}
