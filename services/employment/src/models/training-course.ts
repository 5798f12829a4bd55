import mongoose, { Schema } from 'mongoose';

export const TRAINING_MODES = ['ORDER', 'DIRECTED', 'POST_DIRECTED', 'GENERAL'] as const;

export interface TraineeDoc {
  personId: string;
  householdId: string;
  /** 取得职业技能证书. */
  certified: boolean;
}

/**
 * 技能培训班 with its roster embedded: a course has a few dozen trainees, and enrolling one
 * is a single-document write.
 */
export interface TrainingCourseDoc {
  id: string;
  name: string;
  mode: (typeof TRAINING_MODES)[number];
  trade: string;
  provider: string;
  /** 订单式: the employer that ordered the course. */
  employer: string | null;
  countyCode: string;
  year: number;
  startDate: Date;
  days: number;
  trainees: TraineeDoc[];
}

const traineeSchema = new Schema<TraineeDoc>(
  {
    personId: { type: String, required: true },
    householdId: { type: String, required: true },
    certified: { type: Boolean, required: true },
  },
  { _id: false },
);

const trainingCourseSchema = new Schema<TrainingCourseDoc>({
  id: { type: String, required: true, unique: true },
  name: { type: String, required: true },
  mode: { type: String, enum: TRAINING_MODES, required: true },
  trade: { type: String, required: true },
  provider: { type: String, required: true },
  employer: { type: String, default: null },
  countyCode: { type: String, required: true },
  year: { type: Number, required: true, min: 2014, max: 2030 },
  startDate: { type: Date, required: true },
  days: { type: Number, required: true, min: 1 },
  trainees: { type: [traineeSchema], default: [] },
});
trainingCourseSchema.index({ countyCode: 1, year: 1 });
trainingCourseSchema.index({ 'trainees.householdId': 1 });
trainingCourseSchema.index({ 'trainees.personId': 1 });

export const TrainingCourse = mongoose.model<TrainingCourseDoc>('TrainingCourse', trainingCourseSchema, 'trainingCourses');

/** One person's place on a course, as resolvers pass it around. */
export type TrainingPlaceRecord = TraineeDoc & { course: TrainingCourseDoc };
