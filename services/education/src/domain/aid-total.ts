import { SCHOOL_STAGES, StudentAid, type SchoolStage } from '../models/index.js';

export interface StudentAidTotalRecord {
  countyCode: string;
  year: number;
  total: number;
  students: number;
  byStage: { stage: SchoolStage; total: number; students: number }[];
}

/**
 * A county's student aid in a year: the engine sums it per stage and student in one pipeline,
 * the stage totals and the distinct students are folded here.
 */
export async function studentAidTotal(countyCode: string, year: number): Promise<StudentAidTotalRecord> {
  const rows = await StudentAid.aggregate<{ _id: { stage: SchoolStage; personId: string }; total: number }>([
    { $match: { countyCode, year } },
    { $group: { _id: { stage: '$stage', personId: '$personId' }, total: { $sum: '$amount' } } },
  ]);
  const byStage = SCHOOL_STAGES.flatMap((stage) => {
    const ofStage = rows.filter((row) => row._id.stage === stage);
    return ofStage.length === 0 ? [] : [{ stage, total: ofStage.reduce((sum, row) => sum + row.total, 0), students: ofStage.length }];
  });
  const students = new Set(rows.map((row) => row._id.personId)).size;
  return { countyCode, year, total: byStage.reduce((sum, row) => sum + row.total, 0), students, byStage };
}
